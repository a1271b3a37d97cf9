import { useId } from 'react';
import Link from 'next/link';
import type { ReviewCardData } from '@/lib/reviews/types';
import { MemberByline } from '@/components/member/member-byline';
import { NewHere } from '@/components/member/new-here';
import { Count } from '@/components/ui/count';
import { cx } from '@/components/ui/cx';
import { ReviewVerdict } from '@/components/review/review-verdict';

export interface MoreReviewsProps {
  /** Other reviews of the same film, in the order to show them. */
  reviews: ReviewCardData[];
  film: { slug: string; title: string };
  now?: Date;
  className?: string;
}

/** A compact card: like ReviewCard, its title link stretches over the card and the author link sits above it. */
function CompactReviewCard({ review, now }: { review: ReviewCardData; now?: Date }) {
  return (
    <article className="group relative flex h-full flex-col gap-2 rounded-card border border-line bg-surface p-4 shadow-card transition hover:border-line-strong hover:shadow-lift">
      <h3 className="font-serif text-lg leading-snug font-semibold text-ink">
        <Link
          href={`/reviews/${review.id}`}
          className="after:absolute after:inset-0 after:rounded-card after:content-[''] group-hover:text-accent"
        >
          {review.title}
        </Link>
      </h3>
      <ReviewVerdict review={review} size="sm" className="flex flex-wrap items-center gap-x-3 gap-y-1" />
      <p className="line-clamp-2 font-serif text-[0.9375rem] leading-relaxed text-ink">{review.excerpt}</p>
      <footer className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-1 text-sm text-ink-muted">
        <span className="inline-flex min-w-0 items-center gap-2">
          <MemberByline member={review.author} size="xs" showHandle={false} className="relative z-10" />
          <NewHere memberSince={review.author.createdAt} now={now} />
        </span>
        <Count count={review.upvoteCount} singular="upvote" icon="upvote" className="ml-auto" />
      </footer>
    </article>
  );
}

export function MoreReviews({ reviews, film, now, className }: MoreReviewsProps) {
  const headingId = useId();
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={cx('border-t border-line pt-10', className)}>
      <h2 id={headingId} className="mb-6 font-serif text-2xl font-semibold text-ink">
        More reviews of this film
      </h2>
      <ul role="list" className="grid gap-4 sm:grid-cols-2">
        {reviews.map((review) => (
          <li key={review.id}>
            <CompactReviewCard review={review} now={now} />
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href={`/films/${film.slug}`} className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          All reviews of {film.title}
        </Link>
      </p>
    </section>
  );
}
