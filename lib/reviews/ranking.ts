import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * "Hot" (DESIGN.md, Ranking): the Reddit form, which needs no refresh job
 * because a review's score never changes with the clock, only with its votes.
 * Age is measured from a fixed epoch instead: every 45,000 seconds (12.5 hours)
 * of recency is worth one more power of ten in upvotes.
 */
export const HOT_EPOCH_SECONDS = 1_704_067_200; // 2024-01-01T00:00:00Z
export const HOT_SECONDS_PER_DECADE_OF_UPVOTES = 45_000;

/** The hot score in JavaScript; `hotScoreSql` is the same formula, and a test holds them equal. */
export function hotScore(upvoteCount: number, createdAt: Date): number {
  return (
    Math.log10(Math.max(upvoteCount, 1)) + (createdAt.getTime() / 1000 - HOT_EPOCH_SECONDS) / HOT_SECONDS_PER_DECADE_OF_UPVOTES
  );
}

/**
 * The hot score in SQL, as double precision. Computed in the query rather than
 * stored, so the same inputs always give bit-for-bit the same score, which
 * keyset paging relies on when it compares a row with its cursor.
 */
export function hotScoreSql(upvoteCount: AnyPgColumn | SQL, createdAt: AnyPgColumn | SQL): SQL<number> {
  return sql<number>`(log(greatest(${upvoteCount}, 1)::float8) + (extract(epoch from ${createdAt})::float8 - ${sql.raw(
    String(HOT_EPOCH_SECONDS),
  )}) / ${sql.raw(String(HOT_SECONDS_PER_DECADE_OF_UPVOTES))})`;
}
