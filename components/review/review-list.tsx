import type { ReactNode } from 'react';
import type { ReviewCardData } from '@/lib/reviews/types';
import { EmptyState } from '@/components/ui/empty-state';
import { cx } from '@/components/ui/cx';
import { ReviewCard } from './review-card';

export interface ReviewListProps {
  reviews: ReviewCardData[];
  headingLevel?: 2 | 3;
  showFilm?: boolean;
  emptyTitle?: string;
  emptyDescription?: ReactNode;
  emptyAction?: ReactNode;
  now?: Date;
  className?: string;
}

export function ReviewList({
  reviews,
  headingLevel = 2,
  showFilm = true,
  emptyTitle = 'No reviews yet',
  emptyDescription = 'When members review films, their verdicts will appear here.',
  emptyAction,
  now,
  className,
}: ReviewListProps) {
  if (reviews.length === 0) {
    return (
      <EmptyState
        title={emptyTitle}
        description={emptyDescription}
        action={emptyAction}
        headingLevel={headingLevel}
        className={className}
      />
    );
  }

  return (
    <ol role="list" className={cx('flex flex-col gap-4 sm:gap-5', className)}>
      {reviews.map((review) => (
        <li key={review.id}>
          <ReviewCard review={review} headingLevel={headingLevel} showFilm={showFilm} now={now} />
        </li>
      ))}
    </ol>
  );
}
