import type { ReviewCardData } from '@/lib/reviews/types';
import { EmptyList, type EmptyListProps } from '@/components/ui/empty-state';
import { cx } from '@/components/ui/cx';
import { ReviewCard } from './review-card';

/** What the list needs to give every card its Upvote button. */
export interface ListVotes {
  /** The reader's handle, or null when signed out (the button then leads to sign in). */
  viewerHandle: string | null;
  upvotedIds: ReadonlySet<number>;
  returnTo: string;
}

export interface ReviewListProps extends EmptyListProps {
  reviews: ReviewCardData[];
  headingLevel?: 2 | 3;
  showFilm?: boolean;
  votes?: ListVotes;
  now?: Date;
  className?: string;
}

const EMPTY = { title: 'No reviews yet', description: 'When members review films, their verdicts will appear here.' };

export function ReviewList({ reviews, headingLevel = 2, showFilm = true, votes, now, className, ...empty }: ReviewListProps) {
  if (reviews.length === 0) return <EmptyList {...empty} defaults={EMPTY} headingLevel={headingLevel} className={className} />;

  return (
    <ol role="list" className={cx(LIST_CLASSES, className)}>
      <ReviewListItems reviews={reviews} headingLevel={headingLevel} showFilm={showFilm} votes={votes} now={now} />
    </ol>
  );
}

export const LIST_CLASSES = 'flex flex-col gap-4 sm:gap-5';

/** The list's items alone, for lists that grow in place ("Load more"). */
export function ReviewListItems({
  reviews,
  headingLevel = 2,
  showFilm = true,
  votes,
  now,
}: Pick<ReviewListProps, 'reviews' | 'headingLevel' | 'showFilm' | 'votes' | 'now'>) {
  return reviews.map((review) => (
    <li key={review.id}>
      <ReviewCard
        review={review}
        headingLevel={headingLevel}
        showFilm={showFilm}
        now={now}
        vote={
          votes && {
            upvoted: votes.upvotedIds.has(review.id),
            own: votes.viewerHandle === review.author.handle,
            returnTo: votes.returnTo,
          }
        }
      />
    </li>
  ));
}
