import Link from 'next/link';
import type { ReviewCardData } from '@/lib/reviews/types';
import { MemberByline } from '@/components/member/member-byline';
import { NewHere } from '@/components/member/new-here';
import { Chip, SpoilerIcon } from '@/components/ui/chip';
import { Count } from '@/components/ui/count';
import { Highlighted } from '@/components/ui/highlighted';
import { cx } from '@/components/ui/cx';
import { Poster } from '@/components/ui/poster';
import { separatedItem } from '@/components/ui/separated';
import { StarRating } from '@/components/ui/star-rating';
import { TimeAgo } from '@/components/ui/time-ago';
import { UpvoteButton } from '@/components/vote/upvote-button';
import { upvoteReviewAction } from '@/lib/actions/votes';

/** The reader's side of a card's Upvote button. */
export interface CardVote {
  upvoted: boolean;
  /** The reader wrote this review: the button is disabled and says why. */
  own: boolean;
  /** The page the card is on, to come back to after signing in or voting without JavaScript. */
  returnTo: string;
}

export interface ReviewCardProps {
  review: ReviewCardData;
  /** 2 when the card sits directly under the page's h1, 3 under a section h2. */
  headingLevel?: 2 | 3;
  /** Hide the film line and poster, e.g. on the film's own page. */
  showFilm?: boolean;
  /** Without it the card shows the upvote count only. */
  vote?: CardVote;
  /** A search query whose words are marked in the title and the (spoiler-free) excerpt. */
  highlight?: string;
  now?: Date;
  className?: string;
}

/**
 * A feed card. The review title's link stretches over the whole card (its
 * ::after covers it), so the card is one big target; the film and author links
 * sit above that layer with `relative z-10`.
 */
export function ReviewCard({ review, headingLevel = 2, showFilm = true, vote, highlight, now, className }: ReviewCardProps) {
  const marked = (text: string) => (highlight ? <Highlighted text={text} query={highlight} /> : text);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const filmHref = `/films/${review.film.slug}`;

  return (
    <article
      className={cx(
        'group relative rounded-card border border-line bg-surface p-4 shadow-card transition duration-150',
        'hover:border-line-strong hover:shadow-lift sm:p-6',
        'has-[a[data-stretched]:focus-visible]:border-focus',
        className,
      )}
    >
      <div
        className={cx(
          'grid gap-x-4 sm:gap-x-6',
          showFilm ? 'grid-cols-[4rem_minmax(0,1fr)] sm:grid-cols-[5rem_minmax(0,1fr)]' : 'grid-cols-1',
        )}
      >
        {showFilm ? (
          // A duplicate of the film title link, so it is skipped by keyboard and screen readers.
          <Link href={filmHref} tabIndex={-1} aria-hidden="true" className="relative z-10 self-start sm:row-span-3">
            <Poster src={review.film.posterPath} title={review.film.title} size="sm" decorative />
          </Link>
        ) : null}

        <div className="min-w-0">
          {showFilm ? (
            <p className="text-sm text-ink-muted">
              <Link
                href={filmHref}
                className="relative z-10 font-medium text-ink-muted underline-offset-4 hover:text-ink hover:underline"
              >
                {review.film.title}
              </Link>{' '}
              <span className="tabular-nums">({review.film.year})</span>
            </p>
          ) : null}
          <Heading className="mt-1 font-serif text-xl leading-snug font-semibold text-ink sm:text-[1.375rem]">
            <Link
              href={`/reviews/${review.id}`}
              data-stretched=""
              className="after:absolute after:inset-0 after:rounded-card after:content-[''] focus-visible:outline-offset-4 group-hover:text-accent"
            >
              {marked(review.title)}
            </Link>
          </Heading>
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
            <StarRating rating={review.rating} size="sm" />
            {review.containsSpoilers ? (
              <Chip tone="warning" icon={<SpoilerIcon />}>
                Contains spoilers
              </Chip>
            ) : null}
          </div>
        </div>

        <p
          className={cx(
            'mt-3 line-clamp-3 font-serif text-[1.0625rem] leading-relaxed text-ink sm:line-clamp-4',
            showFilm && 'col-span-2 sm:col-span-1 sm:col-start-2',
          )}
        >
          {marked(review.excerpt)}
        </p>

        <footer
          className={cx(
            'mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-ink-muted',
            showFilm && 'col-span-2 sm:col-span-1 sm:col-start-2',
          )}
        >
          <span className="flex min-w-0 flex-wrap items-center gap-y-1">
            <span className={cx('inline-flex min-w-0 items-center', separatedItem)}>
              <MemberByline member={review.author} size="xs" className="relative z-10" />
              <NewHere memberSince={review.author.createdAt} now={now} className="ml-2" />
            </span>
            <TimeAgo date={review.createdAt} now={now} />
          </span>
          <span className="ml-auto flex items-center gap-4">
            {vote ? (
              <UpvoteButton
                action={upvoteReviewAction.bind(null, review.id, vote.returnTo)}
                upvoted={vote.upvoted}
                count={review.upvoteCount}
                disabledReason={vote.own ? 'You can’t upvote your own review.' : undefined}
              />
            ) : (
              <Count count={review.upvoteCount} singular="upvote" icon="upvote" />
            )}
            <Count count={review.commentCount} singular="comment" icon="comment" />
          </span>
        </footer>
      </div>
    </article>
  );
}
