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

const starSize = { sm: 'size-3.5', md: 'size-4.5', lg: 'size-6' } as const;
const textSize = { sm: 'text-xs', md: 'text-sm', lg: 'text-lg' } as const;

const STAR_PATH =
  'M12 2.5l2.92 6.06 6.58.86-4.83 4.6 1.2 6.54L12 17.4l-5.87 3.16 1.2-6.54-4.83-4.6 6.58-.86L12 2.5z';

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

  return (
    <span className={cx('inline-flex items-center gap-1.5 align-middle', className)}>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="inline-flex items-center gap-px">
        {[0, 1, 2, 3, 4].map((index) => {
          const fill = Math.min(1, Math.max(0, stars - index));
          return (
            <span key={index} className={cx('relative inline-block', starSize[size])}>
              <svg viewBox="0 0 24 24" className="absolute inset-0 size-full fill-star-empty">
                <path d={STAR_PATH} />
              </svg>
              {fill > 0 ? (
                <span className="absolute inset-y-0 left-0 overflow-hidden" style={{ width: `${fill * 100}%` }}>
                  <svg viewBox="0 0 24 24" className={cx('fill-star', starSize[size])}>
                    <path d={STAR_PATH} />
                  </svg>
                </span>
              ) : null}
            </span>
          );
        })}
      </span>
      {showValue ? (
        <span aria-hidden="true" className={cx('font-sans font-semibold tabular-nums text-ink', textSize[size])}>
          {value}
        </span>
      ) : null}
    </span>
  );
}
