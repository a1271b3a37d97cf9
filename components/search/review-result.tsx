import Link from 'next/link';

import { MemberByline } from '@/components/member/member-byline';
import { Chip, SpoilerIcon } from '@/components/ui/chip';
import { Poster } from '@/components/ui/poster';
import { StarRating } from '@/components/ui/star-rating';
import { TimeAgo } from '@/components/ui/time-ago';
import type { ReviewCardData } from '@/lib/reviews/types';

import { Highlighted } from './highlighted';

/**
 * A review found by search. Only the title and the spoiler-free excerpt are
 * shown and marked (a flagged review's excerpt is the "contains spoilers"
 * notice), so the marks can never point into a spoiler.
 */
export function ReviewResult({ review, query }: { review: ReviewCardData; query: string }) {
  return (
    <article className="group relative grid grid-cols-[3.5rem_minmax(0,1fr)] gap-x-4 rounded-card border border-line bg-surface p-4 shadow-card transition duration-150 hover:border-line-strong hover:shadow-lift sm:p-5">
      <Poster src={review.film.posterPath} title={review.film.title} size="xs" decorative className="w-14 self-start" />
      <div className="min-w-0">
        <p className="text-sm text-ink-muted">
          <Link href={`/films/${review.film.slug}`} className="relative z-10 font-medium underline-offset-4 hover:text-ink hover:underline">
            {review.film.title}
          </Link>{' '}
          <span className="tabular-nums">({review.film.year})</span>
        </p>
        <h3 className="mt-0.5 font-serif text-xl leading-snug font-semibold text-ink">
          <Link href={`/reviews/${review.id}`} className="after:absolute after:inset-0 after:rounded-card after:content-[''] group-hover:text-accent">
            <Highlighted text={review.title} query={query} />
          </Link>
        </h3>
        <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-2">
          <StarRating rating={review.rating} size="sm" />
          {review.containsSpoilers ? (
            <Chip tone="warning" icon={<SpoilerIcon />}>
              Contains spoilers
            </Chip>
          ) : null}
        </div>
        <p className="mt-2 line-clamp-3 font-serif leading-relaxed text-ink">
          <Highlighted text={review.excerpt} query={query} />
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
          <MemberByline member={review.author} size="xs" className="relative z-10" />
          <TimeAgo date={review.createdAt} />
        </p>
      </div>
    </article>
  );
}
