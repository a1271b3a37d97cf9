import { sql, type SQL } from 'drizzle-orm';

import type { Transaction } from './index';

/*
 * Verdict's derived counters, and the only SQL that moves them.
 *
 * Invariants, true at every commit:
 *   reviews.upvote_count    = (select count(*) from review_votes v where v.review_id = reviews.id)
 *   comments.upvote_count   = (select count(*) from comment_votes v where v.comment_id = comments.id)
 *   reviews.comment_count   = (select count(*) from comments c where c.review_id = reviews.id
 *                               and c.deleted_at is null and c.hidden_at is null)
 *   users.upvotes_received  = (select count(*) from review_votes v join reviews r on r.id = v.review_id
 *                               where r.author_id = users.id)
 *                           + (select count(*) from comment_votes v join comments c on c.id = v.comment_id
 *                               where c.author_id = users.id)
 * A soft-deleted review keeps its votes and comments, so it keeps its counts;
 * a comment kept as "[deleted]" keeps its votes but no author. A comment a
 * moderator hid stops counting for its review (readers no longer see it) but
 * keeps its votes and its author's upvotes received.
 *
 * Who moves them, always through this module and in the transaction that
 * changes the counted rows:
 *   lib/votes/mutations.ts     a vote given or withdrawn (upvoteCounterMoves)
 *   lib/comments/mutations.ts  a comment posted or deleted (countCommentPosted, lockVotesOnComment,
 *                              countCommentWithdrawn)
 *   lib/moderation/hiding.ts   a comment hidden or restored (countCommentHidden, countCommentRestored)
 *   lib/members/mutations.ts   an account deleted (lockForAccountDeletion, withdrawUpvotesGivenBy,
 *                              withdrawUpvotesOnReviewsOf, countCommentsHidden, recountUpvotesReceived)
 *   db/seed, db/seed-large.sql.ts  bulk writes that insert rows directly, then recount (RECOUNT_STATEMENTS)
 *   tests/support               test data written in bulk (countUpvotesAdded, countCommentPosted)
 * tests/support/invariants.ts checks all four against the rows after every
 * step of the integration tests.
 *
 * Lock order. A transaction that moves counters takes row locks in this
 * order and never goes back up it, so two of them can wait on each other
 * only in one direction, never in a circle:
 *   1. vote rows (review_votes, comment_votes), by the insert or delete itself;
 *   2. comments, newest first (descending id): a reply is always newer than
 *      what it answers, so a reply is locked before its parent;
 *   3. reviews, several at once in id order;
 *   4. users (upvotes_received), last, several at once in id order.
 * A vote takes 1 → 2 or 3 → 4 in one statement. Posting a comment takes its
 * parent (FOR SHARE) → its review. Deleting one takes the votes its removal
 * would cascade to → it and its "[deleted]" ancestors → its review → its
 * author. Deleting an account locks every vote row, comment, review and
 * member row it will touch, level by level, before it changes any of them
 * (lockForAccountDeletion). Badge grants and notices are inserted after the
 * counters move, and hold nothing these wait on.
 */

export const VOTE_TABLES = {
  review: { targets: sql.raw('reviews'), votes: sql.raw('review_votes'), key: sql.raw('review_id') },
  comment: { targets: sql.raw('comments'), votes: sql.raw('comment_votes'), key: sql.raw('comment_id') },
} as const;

export type CountedVoteTarget = keyof typeof VOTE_TABLES;

/**
 * The two steps of a vote statement that move its counters, as the CTEs
 * `counted` (the target's upvote_count, returning upvote_count and
 * author_id) and `author` (the author's upvotes_received, returning it).
 * They move by `step` only when the statement's own `changed` CTE (the vote
 * row inserted or deleted) holds a row, so a vote already in that state, or a
 * refused one, moves nothing. Under read committed a concurrent vote's UPDATE
 * waits for this one and then adds to what it committed: no increment is lost.
 */
export function upvoteCounterMoves(target: CountedVoteTarget, targetId: number, step: 1 | -1): SQL {
  const { targets } = VOTE_TABLES[target];
  const by = step === 1 ? sql`+ 1` : sql`- 1`;
  return sql`
    counted as (
      update ${targets} set upvote_count = upvote_count ${by}
       where id = ${targetId} and exists (select 1 from changed)
      returning upvote_count, author_id
    ),
    author as (
      update users set upvotes_received = upvotes_received ${by}
       where id = (select author_id from counted)
      returning upvotes_received
    )`;
}

/**
 * `n` upvotes were inserted on one target at once (test and seed data that
 * write vote rows in bulk): the target and its author count `n` more, in
 * that order.
 */
export async function countUpvotesAdded(tx: Transaction, target: CountedVoteTarget, targetId: number, n: number): Promise<void> {
  const { targets } = VOTE_TABLES[target];
  await tx.execute(sql`
    with counted as (
      update ${targets} set upvote_count = upvote_count + ${n} where id = ${targetId} returning author_id
    )
    update users set upvotes_received = upvotes_received + ${n} where id = (select author_id from counted)`);
}

/**
 * Before a comment that may be removed is locked: the vote rows its removal
 * would cascade to, so a vote withdrawn at the same moment (vote row, then
 * comment) and the removal (comment, then its vote rows) never wait on each
 * other in a circle.
 */
export async function lockVotesOnComment(tx: Transaction, commentId: number): Promise<void> {
  await tx.execute(sql`select 1 from comment_votes where comment_id = ${commentId} order by user_id for update`);
}

/** A moderator hid a live comment: its review counts one fewer. The caller holds the comment's lock. */
export async function countCommentHidden(tx: Transaction, reviewId: number): Promise<void> {
  await tx.execute(sql`update reviews set comment_count = comment_count - 1 where id = ${reviewId}`);
}

/** A moderator restored a hidden comment: its review counts it again. The caller holds the comment's lock. */
export async function countCommentRestored(tx: Transaction, reviewId: number): Promise<void> {
  await tx.execute(sql`update reviews set comment_count = comment_count + 1 where id = ${reviewId}`);
}

/** A comment was posted on the review: it counts one more. */
export async function countCommentPosted(tx: Transaction, reviewId: number): Promise<void> {
  await tx.execute(sql`update reviews set comment_count = comment_count + 1 where id = ${reviewId}`);
}

/**
 * A live comment stopped counting: deleted, or kept as "[deleted]" with no
 * author. Its review counts one fewer, and its author no longer holds the
 * upvotes it had. The caller holds the comment's lock; the review, then the
 * author, are locked here, in that order.
 */
export async function countCommentWithdrawn(
  tx: Transaction,
  comment: { reviewId: number; authorId: string; upvoteCount: number; hidden: boolean },
): Promise<void> {
  // A hidden comment already left its review's count when it was hidden.
  if (!comment.hidden) await tx.execute(sql`update reviews set comment_count = comment_count - 1 where id = ${comment.reviewId}`);
  if (comment.upvoteCount > 0) {
    await tx.execute(
      sql`update users set upvotes_received = upvotes_received - ${comment.upvoteCount} where id = ${comment.authorId}`,
    );
  }
}

/**
 * Locks, level by level, every row deleting this member's account will
 * change or delete: the votes they gave and, when their writing goes too,
 * the votes on it; the comments and reviews they upvoted and, with their
 * writing, their reviews, the comments under them, their own comments and
 * the reviews those are on; then the authors whose totals move, and the
 * member. FOR UPDATE on a comment or review also holds off a new vote or
 * reply on it (its foreign-key check waits), so nothing lands between a
 * count and the delete that follows it.
 */
export async function lockForAccountDeletion(tx: Transaction, memberId: string, removingWriting: boolean): Promise<void> {
  const m = memberId;
  // The member's writing that goes: their reviews, the comments under them, and their own live comments.
  const theirReviews = sql`select id from reviews where author_id = ${m}`;
  const theirComments = sql`select c.id from comments c join reviews r on r.id = c.review_id where r.author_id = ${m}
    union select id from comments where author_id = ${m} and deleted_at is null`;
  const also = (rows: SQL) => (removingWriting ? sql`union ${rows}` : sql``);

  const votesOn = (key: SQL, rows: SQL) => (removingWriting ? sql`or ${key} in (${rows})` : sql``);

  // 1. Vote rows: the member's own, and the votes on their writing.
  await tx.execute(sql`
    select 1 from comment_votes where user_id = ${m} ${votesOn(sql`comment_id`, theirComments)}
     order by comment_id, user_id for update`);
  await tx.execute(sql`
    select 1 from review_votes where user_id = ${m} ${votesOn(sql`review_id`, theirReviews)}
     order by review_id, user_id for update`);
  // 2. Comments, newest first.
  await tx.execute(sql`
    select 1 from comments
     where id in (select comment_id from comment_votes where user_id = ${m} ${also(theirComments)})
     order by id desc for update`);
  // 3. Reviews.
  await tx.execute(sql`
    select 1 from reviews
     where id in (select review_id from review_votes where user_id = ${m} ${also(theirReviews)}
                  ${also(sql`select review_id from comments where author_id = ${m} and deleted_at is null`)})
     order by id for update`);
  // 4. Members whose totals move, and the member.
  await tx.execute(sql`
    select 1 from users
     where id in (
       select ${m}::uuid
       union select r.author_id from review_votes v join reviews r on r.id = v.review_id where v.user_id = ${m}
       union select c.author_id from comment_votes v join comments c on c.id = v.comment_id where v.user_id = ${m}
       ${also(sql`select c.author_id from comments c join reviews r on r.id = c.review_id where r.author_id = ${m}`)})
     order by id for update`);
}

/**
 * Removes every upvote the member gave and moves each counter those votes
 * held back by the rows removed: each comment's and review's count, and each
 * author's total.
 */
export async function withdrawUpvotesGivenBy(tx: Transaction, memberId: string): Promise<void> {
  for (const target of ['comment', 'review'] as const) {
    const { votes, key, targets } = VOTE_TABLES[target];
    await tx.execute(sql`
      with withdrawn as (delete from ${votes} where user_id = ${memberId} returning ${key} as target_id),
      per_target as (select target_id, count(*)::int as n from withdrawn group by target_id),
      counted as (
        update ${targets} t set upvote_count = t.upvote_count - w.n from per_target w
         where t.id = w.target_id
        returning t.author_id, w.n)
      update users u set upvotes_received = u.upvotes_received - a.n
        from (select author_id, sum(n)::int as n from counted where author_id is not null group by author_id) a
       where u.id = a.author_id`);
  }
}

/**
 * Other members' comments under the member's reviews go with those reviews
 * (by cascade), and so do the upvotes those comments held: each comment's
 * author leaves that many upvotes behind. Run after lockForAccountDeletion,
 * so this statement sees every vote committed before the lock.
 */
export async function withdrawUpvotesOnReviewsOf(tx: Transaction, memberId: string): Promise<void> {
  await tx.execute(sql`
    with withdrawn as (
      delete from comment_votes v using comments c, reviews r
       where v.comment_id = c.id and c.review_id = r.id and r.author_id = ${memberId}
      returning c.author_id)
    update users u set upvotes_received = u.upvotes_received - w.n
      from (select author_id, count(*)::int as n from withdrawn where author_id is not null group by author_id) w
     where u.id = w.author_id`);
}

/** These live comments became "[deleted]": each review counts that many fewer. */
export async function countCommentsHidden(tx: Transaction, hidden: readonly { reviewId: number }[]): Promise<void> {
  const perReview = new Map<number, number>();
  for (const { reviewId } of hidden) perReview.set(reviewId, (perReview.get(reviewId) ?? 0) + 1);
  if (perReview.size === 0) return;
  const rows = [...perReview].map(([reviewId, n]) => sql`(${reviewId}::int, ${n}::int)`);
  await tx.execute(sql`
    update reviews r set comment_count = r.comment_count - h.n
      from (values ${sql.join(rows, sql`, `)}) as h (review_id, n)
     where r.id = h.review_id`);
}

/** Sets one member's upvotes_received to what the invariant says, from the vote rows as they now stand. */
export async function recountUpvotesReceived(tx: Transaction, memberId: string): Promise<void> {
  await tx.execute(sql`update users set upvotes_received = ${upvotesReceivedOf(sql`users.id`)} where id = ${memberId}`);
}

/** The invariant of users.upvotes_received, for the member `member` names. */
function upvotesReceivedOf(member: SQL): SQL {
  return sql`(select count(*) from review_votes v join reviews r on r.id = v.review_id where r.author_id = ${member})
    + (select count(*) from comment_votes v join comments c on c.id = v.comment_id where c.author_id = ${member})`;
}

/**
 * Every counter set to the rows it counts, writing only the rows that
 * differ. For bulk writes that insert votes and comments directly (the demo
 * seed, the large seed) and then restore the invariants in the same
 * transaction, before anyone reads a count. Plain SQL text, so the large
 * seed's raw steps can run it too.
 */
export const RECOUNT_STATEMENTS: readonly string[] = [
  // Both of a review's counts in one pass, so a recounted row is written once.
  `update reviews r set upvote_count = coalesce(upvotes.n, 0), comment_count = coalesce(live.n, 0)
     from reviews r2
     left join (select review_id, count(*)::int as n from review_votes group by review_id) upvotes
       on upvotes.review_id = r2.id
     left join (select review_id, count(*)::int as n from comments where deleted_at is null and hidden_at is null group by review_id) live
       on live.review_id = r2.id
    where r.id = r2.id
      and (r.upvote_count, r.comment_count) is distinct from (coalesce(upvotes.n, 0), coalesce(live.n, 0))`,
  `update comments c set upvote_count = coalesce(upvotes.n, 0)
     from comments c2
     left join (select comment_id, count(*)::int as n from comment_votes group by comment_id) upvotes
       on upvotes.comment_id = c2.id
    where c.id = c2.id and c.upvote_count <> coalesce(upvotes.n, 0)`,
  `update users u set upvotes_received = coalesce(received.n, 0)
     from users u2
     left join (select author_id, count(*)::int as n from (
                  select r.author_id from review_votes v join reviews r on r.id = v.review_id
                  union all
                  select c.author_id from comment_votes v join comments c on c.id = v.comment_id) votes
                 group by author_id) received
       on received.author_id = u2.id
    where u.id = u2.id and u.upvotes_received <> coalesce(received.n, 0)`,
];

export async function recountCounters(tx: Transaction): Promise<void> {
  for (const statement of RECOUNT_STATEMENTS) await tx.execute(sql.raw(statement));
}
