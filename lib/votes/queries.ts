import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

import type { UpvoteTotals } from './types';

/** A member's upvote totals as one JSON object {given, received}, for a statement that reads more about them. */
export function upvoteTotalsJson(memberId: SQL): SQL<UpvoteTotals> {
  return sql<UpvoteTotals>`json_build_object(
    'given', (select count(*) from review_votes rv where rv.user_id = ${memberId})::int
      + (select count(*) from comment_votes cv where cv.user_id = ${memberId})::int,
    'received', (select coalesce(sum(r.upvote_count), 0) from reviews r
      where r.author_id = ${memberId} and r.status = 'published')::int
      + (select coalesce(sum(c.upvote_count), 0) from comments c
      where c.author_id = ${memberId} and c.deleted_at is null)::int)`;
}

export async function getUpvoteTotals(memberId: string): Promise<UpvoteTotals> {
  const [row] = await db.execute<{ totals: UpvoteTotals }>(sql`select ${upvoteTotalsJson(sql`${memberId}::uuid`)} as totals`);
  return row?.totals ?? { given: 0, received: 0 };
}
