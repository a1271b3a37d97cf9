import { cx } from './cx';

export interface StarRatingProps {
  /** Verdict's 1–10 scale; shown as half stars out of 5. Averages may be fractional. */
  rating: number;
  size?: 'sm' | 'md' | 'lg';
  /** 'review' reads "Rated 4.5 out of 5"; 'average' reads "Average rating 3.7 out of 5". */
  kind?: 'review' | 'average';
  /** Show the number beside the stars (default). The accessible label is always there. */
  showValue?: boolean;
  className?: string;
}

const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** Converts a 1–10 rating to stars out of 5, rounded to the nearest half star. */
export function toHalfStars(rating: number): number {
  const clamped = Math.min(10, Math.max(0, rating));
  return Math.round(clamped) / 2;
}

export function StarRating({ rating, size = 'md', kind = 'review', showValue = true, className }: StarRatingProps) {
  const stars = toHalfStars(rating);
  // Reviews are whole 1–10 numbers, so the exact value is already a half step;
  // an average keeps one decimal in the text even though the stars round.
  const value = kind === 'average' ? oneDecimal.format(Math.min(10, Math.max(0, rating)) / 2) : oneDecimal.format(stars);
  const label = kind === 'average' ? `Average rating ${value} out of 5` : `Rated ${value} out of 5`;

  // The stars are drawn by CSS (ui.css, .star-rating-stars) from the half-star
  // value: one empty span instead of ten inline SVGs per rating.
  return (
    <span className={cx('star-rating', `star-rating-${size}`, className)}>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="star-rating-stars" data-stars={stars} />
      {showValue ? (
        <span aria-hidden="true" className="star-rating-value">
          {value}
        </span>
      ) : null}
    </span>
  );
}
