import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { getReaderState } from '@/lib/members/reader-queries';

import type { UpvoteTotals } from './types';

/** Which of these reviews the member has upvoted (see getReaderState, which also answers more at once). */
export async function upvotedReviewIds(memberId: string | undefined, reviewIds: number[]): Promise<ReadonlySet<number>> {
  return (await getReaderState(memberId, { reviewIds })).upvotedReviewIds;
}

/** Which of these comments the member has upvoted. */
export async function upvotedCommentIds(memberId: string | undefined, commentIds: number[]): Promise<ReadonlySet<number>> {
  return (await getReaderState(memberId, { commentIds })).upvotedCommentIds;
}

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
