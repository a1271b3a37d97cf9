import type { RatingSummary } from './types';

/** Every rating a review can give: 1–10, shown as ½★ to 5★. */
export const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The summary of a film's ratings, the totals summed from its bars. */
export function toRatingSummary(counts: Array<{ rating: number; count: number }>): RatingSummary {
  const histogram = RATINGS.map((rating) => ({ rating, count: counts.find((row) => row.rating === rating)?.count ?? 0 }));
  const reviewCount = histogram.reduce((sum, bar) => sum + bar.count, 0);
  const ratingTotal = histogram.reduce((sum, bar) => sum + bar.rating * bar.count, 0);
  return { reviewCount, averageRating: reviewCount > 0 ? ratingTotal / reviewCount : null, histogram };
}
