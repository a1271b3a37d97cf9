import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { reviews } from '@/db/schema';

/** Every rating a review can give: 1–10, shown as ½★ to 5★. */
export const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface RatingSummary {
  reviewCount: number;
  /** Mean of the 1–10 ratings; null when the film has no published review. */
  averageRating: number | null;
  /** One bar per rating, 1 to 10, zeros included. */
  histogram: { rating: number; count: number }[];
}

/** How a film's published reviews rate it: one grouped query, the totals summed from its rows. */
export async function getRatingSummary(filmId: number): Promise<RatingSummary> {
  const rows = await db
    .select({ rating: reviews.rating, count: sql<number>`count(*)::int` })
    .from(reviews)
    .where(and(eq(reviews.filmId, filmId), eq(reviews.status, 'published')))
    .groupBy(reviews.rating);

  const histogram = RATINGS.map((rating) => ({ rating, count: rows.find((row) => row.rating === rating)?.count ?? 0 }));
  const reviewCount = histogram.reduce((sum, bar) => sum + bar.count, 0);
  const ratingTotal = histogram.reduce((sum, bar) => sum + bar.rating * bar.count, 0);
  return { reviewCount, averageRating: reviewCount > 0 ? ratingTotal / reviewCount : null, histogram };
}
