import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { authorSilencedFor } from '@/lib/muting/filters';

/**
 * What the signed-in reader has already done on a page: their upvotes there,
 * whether they follow its member, and which of its comments are by members
 * they muted or blocked (a thread shows those folded away).
 */
export interface ReaderState {
  upvotedReviewIds: ReadonlySet<number>;
  upvotedCommentIds: ReadonlySet<number>;
  mutedCommentIds: ReadonlySet<number>;
  following: boolean;
}

const NOTHING_YET: ReaderState = {
  upvotedReviewIds: new Set(),
  upvotedCommentIds: new Set(),
  mutedCommentIds: new Set(),
  following: false,
};

/** Ids become an array literal; they are integers read from the database, checked again here. */
const idArray = (ids: readonly number[]) => sql`${`{${ids.filter(Number.isSafeInteger).join(',')}}`}::int[]`;

/**
 * The reader's upvotes among these reviews and comments, and whether they
 * follow `followed` (by id, or by handle as a review page knows its author),
 * in one statement: the cards and threads stay the same for every reader,
 * and this small, indexed lookup is the only part that is theirs.
 */
export async function getReaderState(
  readerId: string | undefined,
  {
    reviewIds = [],
    commentIds = [],
    followed,
  }: { reviewIds?: readonly number[]; commentIds?: readonly number[]; followed?: { id: string } | { handle: string } },
): Promise<ReaderState> {
  if (!readerId || (reviewIds.length === 0 && commentIds.length === 0 && !followed)) return NOTHING_YET;
  const followedId = !followed
    ? sql`null::uuid`
    : 'id' in followed
      ? sql`${followed.id}::uuid`
      : sql`(select id from users where handle = ${followed.handle})`;
  const [row] = await db.execute<{ reviews: number[]; comments: number[]; muted: number[]; following: boolean }>(sql`
    select array(select review_id from review_votes where user_id = ${readerId} and review_id = any(${idArray(reviewIds)})) as reviews,
           array(select comment_id from comment_votes where user_id = ${readerId} and comment_id = any(${idArray(commentIds)})) as comments,
           array(select c.id from comments c
                  where c.id = any(${idArray(commentIds)}) and ${authorSilencedFor(readerId, sql`c.author_id`)}) as muted,
           exists (select 1 from follows where follower_id = ${readerId} and followed_id = ${followedId}) as following`);
  return {
    upvotedReviewIds: new Set(row?.reviews ?? []),
    upvotedCommentIds: new Set(row?.comments ?? []),
    mutedCommentIds: new Set(row?.muted ?? []),
    following: row?.following ?? false,
  };
}

/** Which of these reviews the reader has upvoted. */
export async function upvotedReviewIds(readerId: string | undefined, reviewIds: number[]): Promise<ReadonlySet<number>> {
  return (await getReaderState(readerId, { reviewIds })).upvotedReviewIds;
}

/** Which of these comments the reader has upvoted. */
export async function upvotedCommentIds(readerId: string | undefined, commentIds: number[]): Promise<ReadonlySet<number>> {
  return (await getReaderState(readerId, { commentIds })).upvotedCommentIds;
}

/** Whether the reader follows a member, named by id or (what a review page knows of its author) by handle. */
export async function isFollowing(readerId: string | undefined, followed: { id: string } | { handle: string }): Promise<boolean> {
  return (await getReaderState(readerId, { followed })).following;
}
