import 'server-only';

import { and, eq, inArray, sql } from 'drizzle-orm';

import { db } from '@/db';
import { commentVotes, comments, reviewVotes, reviews } from '@/db/schema';

import type { UpvoteTotals } from './types';

/**
 * Which of these reviews the member has upvoted. Asked separately from the
 * cards themselves so the cards stay the same for every reader (and can be
 * cached as such); this small, indexed lookup is the only part that is theirs.
 */
export async function upvotedReviewIds(memberId: string | undefined, reviewIds: number[]): Promise<Set<number>> {
  if (!memberId || reviewIds.length === 0) return new Set();
  const rows = await db
    .select({ id: reviewVotes.reviewId })
    .from(reviewVotes)
    .where(and(eq(reviewVotes.userId, memberId), inArray(reviewVotes.reviewId, reviewIds)));
  return new Set(rows.map((row) => row.id));
}

/** Which of these comments the member has upvoted. */
export async function upvotedCommentIds(memberId: string | undefined, commentIds: number[]): Promise<Set<number>> {
  if (!memberId || commentIds.length === 0) return new Set();
  const rows = await db
    .select({ id: commentVotes.commentId })
    .from(commentVotes)
    .where(and(eq(commentVotes.userId, memberId), inArray(commentVotes.commentId, commentIds)));
  return new Set(rows.map((row) => row.id));
}


export async function getUpvoteTotals(memberId: string): Promise<UpvoteTotals> {
  const [row] = await db.execute<{ given: number; received: number }>(sql`
    select
      (select count(*) from ${reviewVotes} where ${reviewVotes.userId} = ${memberId})::int
        + (select count(*) from ${commentVotes} where ${commentVotes.userId} = ${memberId})::int as given,
      (select coalesce(sum(${reviews.upvoteCount}), 0) from ${reviews}
        where ${reviews.authorId} = ${memberId} and ${reviews.status} = 'published')::int
        + (select coalesce(sum(${comments.upvoteCount}), 0) from ${comments}
        where ${comments.authorId} = ${memberId} and ${comments.deletedAt} is null)::int as received`);
  return { given: row?.given ?? 0, received: row?.received ?? 0 };
}
