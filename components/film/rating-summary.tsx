import { useId } from 'react';
import type { RatingSummary as RatingSummaryData } from '@/lib/films/types';
import { cx } from '@/components/ui/cx';
import { StarRating } from '@/components/ui/star-rating';

export interface RatingSummaryProps {
  summary: RatingSummaryData;
  headingLevel?: 2 | 3;
  className?: string;
}

const count = new Intl.NumberFormat('en');
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A 1–10 rating in stars out of five, in words: 7 → "3.5 stars". */
export function starsLabel(rating: number): string {
  return `${rating / 2} ${rating === 2 ? 'star' : 'stars'}`;
}

const reviews = (n: number) => `${count.format(n)} ${n === 1 ? 'review' : 'reviews'}`;

/**
 * The film's average and how its ratings spread, one bar per half star. The
 * bars are drawn for the eye only; a visually hidden table gives screen
 * readers the same numbers.
 */
export function RatingSummary({ summary, headingLevel = 3, className }: RatingSummaryProps) {
  const headingId = useId();
  if (summary.averageRating === null) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const tallest = Math.max(...summary.histogram.map((bar) => bar.count));

  return (
    <section
      aria-labelledby={headingId}
      className={cx(
        'flex flex-col gap-5 rounded-card border border-line bg-surface p-5 shadow-card sm:flex-row sm:items-end sm:gap-10',
        className,
      )}
    >
      <div className="flex-none">
        <Heading id={headingId} className="text-xs font-semibold tracking-wider text-ink-muted uppercase">
          Member ratings
        </Heading>
        <p aria-hidden="true" className="mt-2 flex items-baseline gap-1.5">
          <span className="font-serif text-4xl leading-none font-semibold text-ink tabular-nums">
            {oneDecimal.format(summary.averageRating / 2)}
          </span>
          <span className="text-ink-muted">/ 5</span>
        </p>
        <StarRating rating={summary.averageRating} kind="average" showValue={false} className="mt-2" />
        <p className="mt-1 text-sm text-ink-muted">from {reviews(summary.reviewCount)}</p>
      </div>

      <div className="min-w-0 flex-1">
        <div aria-hidden="true">
          <div className="flex h-24 items-end gap-1">
            {summary.histogram.map((bar) => (
              <div
                key={bar.rating}
                title={`${reviews(bar.count)} rated ${starsLabel(bar.rating)}`}
                className={cx('flex-1 rounded-t-sm', bar.count > 0 ? 'bg-star' : 'bg-line')}
                // Empty ratings keep a sliver, so the scale still reads as ten steps.
                style={{ height: bar.count > 0 ? `${(bar.count / tallest) * 100}%` : '2px' }}
              />
            ))}
          </div>
          <div className="mt-1.5 flex gap-1 border-t border-line pt-1 text-xs text-ink-muted tabular-nums">
            {summary.histogram.map((bar) => (
              <span key={bar.rating} className="flex-1 text-center">
                {bar.rating % 2 === 0 ? `${bar.rating / 2}★` : ''}
              </span>
            ))}
          </div>
        </div>
        <table className="sr-only">
          <caption>Reviews by rating</caption>
          <thead>
            <tr>
              <th scope="col">Rating</th>
              <th scope="col">Reviews</th>
            </tr>
          </thead>
          <tbody>
            {summary.histogram.map((bar) => (
              <tr key={bar.rating}>
                <th scope="row">{starsLabel(bar.rating)}</th>
                <td>{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
