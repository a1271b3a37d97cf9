import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

/** Every rating a review can give: 1–10, shown as ½★ to 5★. */
export const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface RatingSummary {
  reviewCount: number;
  /** Mean of the 1–10 ratings; null when the film has no published review. */
  averageRating: number | null;
  /** One bar per rating, 1 to 10, zeros included. */
  histogram: { rating: number; count: number }[];
}

/** How many published reviews give each rating, as a JSON array of {rating, count}, zeros left out. */
export function ratingCountsJson(filmId: SQL): SQL<Array<{ rating: number; count: number }>> {
  return sql<Array<{ rating: number; count: number }>>`(
    select coalesce(json_agg(json_build_object('rating', rating, 'count', n)), '[]'::json)
      from (select r.rating, count(*)::int as n from reviews r
             where r.film_id = ${filmId} and r.status = 'published' group by r.rating) counts
  )`;
}

/** The summary of a film's ratings, the totals summed from its bars. */
export function toRatingSummary(counts: Array<{ rating: number; count: number }>): RatingSummary {
  const histogram = RATINGS.map((rating) => ({ rating, count: counts.find((row) => row.rating === rating)?.count ?? 0 }));
  const reviewCount = histogram.reduce((sum, bar) => sum + bar.count, 0);
  const ratingTotal = histogram.reduce((sum, bar) => sum + bar.rating * bar.count, 0);
  return { reviewCount, averageRating: reviewCount > 0 ? ratingTotal / reviewCount : null, histogram };
}

/** How a film's published reviews rate it. */
export async function getRatingSummary(filmId: number): Promise<RatingSummary> {
  const [row] = await db.execute<{ counts: Array<{ rating: number; count: number }> }>(
    sql`select ${ratingCountsJson(sql`${filmId}::int`)} as counts`,
  );
  return toRatingSummary(row?.counts ?? []);
}
