import { Chip, SpoilerIcon } from '@/components/ui/chip';
import { StarRating, type StarRatingProps } from '@/components/ui/star-rating';

export interface ReviewVerdictProps {
  review: { rating: number; containsSpoilers: boolean };
  size: StarRatingProps['size'];
  /** The line's layout, which differs between a card, a list row and a review's own header. */
  className: string;
}

/** A review's stars, and the warning when it contains spoilers: on every card, row and review page. */
export function ReviewVerdict({ review: { rating, containsSpoilers }, size, className }: ReviewVerdictProps) {
  return (
    <div className={className}>
      <StarRating rating={rating} size={size} />
      {containsSpoilers ? (
        <Chip tone="warning" icon={<SpoilerIcon />}>
          Contains spoilers
        </Chip>
      ) : null}
    </div>
  );
}
