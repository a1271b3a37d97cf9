import type { ReactNode } from 'react';
import Link from 'next/link';
import type { ReviewDetail } from '@/lib/reviews/types';
import { Avatar } from '@/components/ui/avatar';
import { SpoilerIcon } from '@/components/ui/chip';
import { countryName, flagEmoji } from '@/components/ui/country';
import { Poster } from '@/components/ui/poster';
import { separatedItem } from '@/components/ui/separated';
import { TimeAgo } from '@/components/ui/time-ago';
import { memberSince } from '@/components/member/member-since';
import { ReviewVerdict } from '@/components/review/review-verdict';

export interface ReviewHeaderProps {
  review: ReviewDetail;
  /** Beside the author: the Follow button for readers who are not the author. */
  authorAction?: ReactNode;
  now?: Date;
}

/** Reading speed used for the "N min read" estimate. */
const WORDS_PER_MINUTE = 230;

export function ReviewHeader({ review, authorAction, now }: ReviewHeaderProps) {
  const { film, author } = review;
  const minutes = Math.max(1, Math.round(review.wordCount / WORDS_PER_MINUTE));
  const showOriginal = film.originalTitle !== null && film.originalTitle !== film.title;

  return (
    <header className="flex flex-col gap-6">
      <Link
        href={`/films/${film.slug}`}
        className="group inline-flex max-w-full items-center gap-3 self-start rounded-xl border border-line bg-surface p-2 pr-4 shadow-card transition hover:border-line-strong hover:shadow-lift"
      >
        <Poster src={film.posterPath} title={film.title} size="xs" decorative />
        <span className="flex min-w-0 flex-col">
          <span className="text-xs font-medium tracking-wide text-ink-muted uppercase">A review of</span>
          <span className="truncate font-serif text-lg leading-snug font-semibold text-ink group-hover:text-accent">
            {film.title} <span className="font-sans text-base font-normal text-ink-muted tabular-nums">({film.year})</span>
          </span>
          <span className="truncate text-sm text-ink-muted">
            <span aria-hidden="true">{flagEmoji(film.country)} </span>
            {countryName(film.country)}
            {showOriginal ? <span className="italic"> · {film.originalTitle}</span> : null}
          </span>
        </span>
      </Link>

      <div>
        <h1 className="font-serif text-[2rem] leading-[1.15] font-bold tracking-tight text-ink sm:text-5xl">{review.title}</h1>
        <ReviewVerdict review={review} size="lg" className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2" />
      </div>

      <div className="flex flex-col gap-4 border-y border-line py-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-3">
          <Avatar handle={author.handle} displayName={author.displayName} image={author.image} size="md" />
          <div className="min-w-0 text-sm leading-snug">
            <p>
              <Link href={`/u/${author.handle}`} className="font-semibold text-ink underline-offset-4 hover:underline">
                {author.displayName}
              </Link>{' '}
              <span className="text-ink-muted">@{author.handle}</span>
            </p>
            <p className="text-ink-muted">{memberSince(author.createdAt)}</p>
          </div>
          {authorAction ? <div className="ml-2">{authorAction}</div> : null}
        </div>
        <p className="flex flex-wrap items-center gap-y-1 text-sm text-ink-muted">
          <span className={separatedItem}>
            <TimeAgo date={review.createdAt} now={now} />
          </span>
          {review.editedAt ? (
            <span className={separatedItem}>
              <TimeAgo date={review.editedAt} now={now} prefix="edited" className="italic" />
            </span>
          ) : null}
          <span className={separatedItem}>{minutes} min read</span>
        </p>
      </div>

      {review.containsSpoilers ? (
        <div
          role="note"
          className="flex items-start gap-3 rounded-xl border border-warning-line bg-warning-soft px-4 py-3 text-[0.9375rem] text-warning-ink"
        >
          <SpoilerIcon className="mt-0.5 size-5 flex-none" />
          <p>
            <strong className="font-semibold">This review contains spoilers.</strong> Spoilers are hidden until you reveal them.
          </p>
        </div>
      ) : null}
    </header>
  );
}
