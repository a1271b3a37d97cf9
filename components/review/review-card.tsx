import Link from 'next/link';
import type { ReviewCardData } from '@/lib/reviews/types';
import { MemberByline } from '@/components/member/member-byline';
import { NewHere } from '@/components/member/new-here';
import { Count } from '@/components/ui/count';
import { Highlighted } from '@/components/ui/highlighted';
import { cx } from '@/components/ui/cx';
import { Poster } from '@/components/ui/poster';
import { separatedItem } from '@/components/ui/separated';
import { TimeAgo } from '@/components/ui/time-ago';
import { UpvoteButton } from '@/components/vote/upvote-button';
import { upvoteReviewAction } from '@/lib/actions/votes';
import { ReviewVerdict } from '@/components/review/review-verdict';

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
 * A feed card; its look is `.review-card*` in review-card.css. The review
 * title's link stretches over the whole card (its ::after covers it), so the
 * card is one big target; the film and author links sit above that layer with
 * `relative z-10`. The article is the grid itself: with a film there is a
 * poster column.
 */
export function ReviewCard({ review, headingLevel = 2, showFilm = true, vote, highlight, now, className }: ReviewCardProps) {
  const marked = (text: string) => (highlight ? <Highlighted text={text} query={highlight} /> : text);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const filmHref = `/films/${review.film.slug}`;

  return (
    <article className={cx('review-card', showFilm && 'review-card-with-film', className)}>
      {showFilm ? (
        // A duplicate of the film title link, so it is skipped by keyboard and screen readers.
        <Link href={filmHref} tabIndex={-1} aria-hidden="true" className="review-card-poster">
          <Poster src={review.film.posterPath} title={review.film.title} size="sm" decorative />
        </Link>
      ) : null}

      <div className="min-w-0">
        {showFilm ? (
          <p className="review-card-film">
            <Link href={filmHref} className="review-card-film-link">
              {review.film.title}
            </Link>{' '}
            <span className="tabular-nums">({review.film.year})</span>
          </p>
        ) : null}
        <Heading className="review-card-title">
          <Link href={`/reviews/${review.id}`} className="review-card-link">
            {marked(review.title)}
          </Link>
        </Heading>
        <ReviewVerdict review={review} size="sm" className="review-card-rating" />
      </div>

      <p className="review-card-excerpt">{marked(review.excerpt)}</p>

      <footer className="review-card-footer">
        <span className="review-card-byline">
          <span className={cx('review-card-author', separatedItem)}>
            <MemberByline member={review.author} size="xs" className="relative z-10" />
            <NewHere memberSince={review.author.createdAt} now={now} className="ml-2" />
          </span>
          <TimeAgo date={review.createdAt} now={now} />
        </span>
        <span className="review-card-counts">
          {vote ? (
            <UpvoteButton
              action={upvoteReviewAction}
              target={{ kind: 'review', id: review.id }}
              returnTo={vote.returnTo}
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
    </article>
  );
}
