import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';
import { retryOnDeadlock } from '@/db/deadlock-retry';
import { countCommentPosted, countCommentWithdrawn, lockVotesOnComment } from '@/db/counters';
import { comments, MAX_COMMENT_DEPTH, reviews } from '@/db/schema';
import { checkBadges } from '@/lib/badges/mutations';
import { hasBlocked } from '@/lib/muting/filters';
import type { EditCommentInput, PostCommentInput } from '@/lib/validation/comment';

import { notifyCommentPosted } from './notify';

/*
 * Comments move two counters, through db/counters.ts and in the transaction
 * that changes the comment: reviews.comment_count (posting adds one; deleting,
 * kept as "[deleted]" or removed, takes one; a "[deleted]" row pruned when its
 * last reply goes was not counted, so it changes nothing) and the author's
 * users.upvotes_received (a deleted comment's upvotes leave it).
 * tests/integration/comments.test.ts checks both after every step with
 * counterMismatches().
 */

export interface PostedComment {
  id: number;
  reviewId: number;
  parentId: number | null;
  /** The materialised path, e.g. "12.40.41". */
  path: string;
  depth: number;
}

export type PostCommentResult =
  { ok: true; comment: PostedComment } | { ok: false; reason: 'review-not-found' | 'parent-not-found' | 'closed' };

/**
 * Posts the actor's comment on a published review, or their reply to a live
 * comment of that review. The path ends with the row's own id, so the id is
 * drawn from the identity sequence first and path and depth are written with
 * the row — never a second UPDATE, never a moment with a wrong path.
 *
 * Depth cap: a reply to a comment already at MAX_COMMENT_DEPTH attaches to
 * that comment's parent instead, as its sibling (the Reddit/Lemmy choice). The
 * conversation keeps going and stays in place; the alternative, refusing the
 * reply, would strand the people deepest in a thread. The person replied to
 * is still the one notified.
 *
 * A member who blocked the actor is not answered by them: a comment on their
 * review, or a reply to their comment, is refused ('closed') before anything
 * is written.
 */
export async function postComment(actor: { id: string }, input: PostCommentInput): Promise<PostCommentResult> {
  const body = input.body.trim();
  return db.transaction(async (tx) => {
    const [review] = await tx
      .select({ id: reviews.id, authorId: reviews.authorId })
      .from(reviews)
      .where(and(eq(reviews.id, input.reviewId), eq(reviews.status, 'published')));
    if (!review) return { ok: false, reason: 'review-not-found' };

    let parent: { id: number; parentId: number | null; path: string; depth: number; authorId: string | null } | undefined;
    if (input.parentId !== undefined) {
      // FOR SHARE: a concurrent delete of the parent waits for this reply
      // (and then keeps the parent as "[deleted]"), or this reply waits and
      // finds the parent gone.
      [parent] = await tx
        .select({
          id: comments.id,
          parentId: comments.parentId,
          path: sql<string>`${comments.path}::text`,
          depth: comments.depth,
          authorId: comments.authorId,
        })
        .from(comments)
        .where(and(eq(comments.id, input.parentId), eq(comments.reviewId, review.id), isNull(comments.deletedAt)))
        .for('share');
      if (!parent) return { ok: false, reason: 'parent-not-found' };
    }

    const repliedToAuthorId = parent ? parent.authorId : review.authorId;
    if (repliedToAuthorId && (await blockedBy(tx, repliedToAuthorId, actor.id))) return { ok: false, reason: 'closed' };

    const atCap = parent !== undefined && parent.depth >= MAX_COMMENT_DEPTH;
    const parentId = parent ? (atCap ? parent.parentId : parent.id) : null;
    const basePath = parent ? (atCap ? parent.path.split('.').slice(0, -1).join('.') : parent.path) : null;
    const depth = parent ? (atCap ? parent.depth : parent.depth + 1) : 0;

    const [row] = await tx.execute<{ id: number; path: string }>(sql`
      with next as (select nextval(pg_get_serial_sequence('comments', 'id'))::int as id)
      insert into comments (id, review_id, parent_id, author_id, body, path, depth)
      overriding system value
      select next.id, ${review.id}, ${parentId}, ${actor.id}, ${body},
             (coalesce(${basePath}::text || '.', '') || next.id)::ltree, ${depth}
        from next
      returning id, path::text as path`);
    if (!row) throw new Error('Inserting a comment returned no row');

    await countCommentPosted(tx, review.id);

    const comment: PostedComment = { id: Number(row.id), reviewId: review.id, parentId, path: row.path, depth };
    await notifyCommentPosted(tx, {
      actorId: actor.id,
      comment,
      body,
      repliedToAuthorId,
    });
    // Badges this comment can earn: its writer's for commenting, and the
    // replied-to member's for replies received (counted as lib/badges/counts.ts does).
    await checkBadges(tx, actor.id, ['comments-posted']);
    const repliedTo = parentId !== null ? parent?.authorId : review.authorId;
    if (repliedTo && repliedTo !== actor.id && !atCap) await checkBadges(tx, repliedTo, ['replies-received']);
    return { ok: true, comment };
  });
}

export type EditCommentResult = { ok: true; comment: { id: number; reviewId: number } } | { ok: false; reason: 'not-found' };

/**
 * Saves the actor's edit of their own live comment. The permission is the
 * WHERE clause: someone else's comment matches nothing, exactly like one that
 * does not exist. An identical save (a double submit) leaves `editedAt` alone.
 */
export async function editComment(actor: { id: string }, input: EditCommentInput): Promise<EditCommentResult> {
  const body = input.body.trim();
  const [row] = await db
    .update(comments)
    .set({ body, editedAt: sql`case when ${comments.body} = ${body} then ${comments.editedAt} else now() end` })
    .where(and(eq(comments.id, input.commentId), eq(comments.authorId, actor.id), isNull(comments.deletedAt)))
    .returning({ id: comments.id, reviewId: comments.reviewId });
  return row ? { ok: true, comment: row } : { ok: false, reason: 'not-found' };
}

export type DeleteCommentResult =
  | { ok: true; comment: { id: number; reviewId: number; parentId: number | null }; outcome: 'kept-as-deleted' | 'removed' }
  | { ok: false; reason: 'not-found' };

/**
 * Deletes the actor's own comment (the permission is in the WHERE). One
 * with replies stays as "[deleted]" — no author, no body — so the replies
 * keep their place; one without replies is removed, and so is each
 * "[deleted]" ancestor left with no replies at all.
 */
export async function deleteComment(actor: { id: string }, commentId: number): Promise<DeleteCommentResult> {
  return retryOnDeadlock(() =>
    db.transaction(async (tx) => {
      await lockVotesOnComment(tx, commentId);
      const [target] = await tx
        .select({
          id: comments.id,
          reviewId: comments.reviewId,
          parentId: comments.parentId,
          upvoteCount: comments.upvoteCount,
          hiddenAt: comments.hiddenAt,
        })
        .from(comments)
        .where(and(eq(comments.id, commentId), eq(comments.authorId, actor.id), isNull(comments.deletedAt)))
        .for('update');
      if (!target) return { ok: false, reason: 'not-found' };

      let outcome: 'kept-as-deleted' | 'removed';
      if (await hasReplies(tx, target.id)) {
        await tx
          .update(comments)
          .set({ deletedAt: sql`now()`, authorId: null, body: '[deleted]' })
          .where(eq(comments.id, target.id));
        outcome = 'kept-as-deleted';
      } else {
        await tx.delete(comments).where(eq(comments.id, target.id));
        await pruneDeletedAncestors(tx, target.parentId);
        outcome = 'removed';
      }

      // Either way the comment stops counting and stops being the actor's (its
      // author is cleared or the row goes), so its upvotes leave their total.
      // Last, after the comments: db/counters.ts's lock order.
      await countCommentWithdrawn(tx, {
        reviewId: target.reviewId,
        authorId: actor.id,
        upvoteCount: target.upvoteCount,
        hidden: target.hiddenAt !== null,
      });
      return { ok: true, comment: { id: target.id, reviewId: target.reviewId, parentId: target.parentId }, outcome };
    }),
  );
}

async function blockedBy(tx: Transaction, memberId: string, actorId: string): Promise<boolean> {
  const [row] = await tx.execute<{ blocked: boolean }>(sql`select ${hasBlocked(sql`${memberId}::uuid`, actorId)} as blocked`);
  return row?.blocked ?? false;
}

async function hasReplies(tx: Transaction, commentId: number): Promise<boolean> {
  const [reply] = await tx.select({ id: comments.id }).from(comments).where(eq(comments.parentId, commentId)).limit(1);
  return reply !== undefined;
}

/**
 * Walks up from a removed comment, removing "[deleted]" placeholders that
 * have no replies left. Each one is locked before its replies are counted,
 * so two members deleting the last two replies at once cannot both see the
 * other's reply and leave an empty placeholder behind.
 */
async function pruneDeletedAncestors(tx: Transaction, parentId: number | null) {
  let current = parentId;
  while (current !== null) {
    const [parent] = await tx
      .select({ id: comments.id, parentId: comments.parentId, deletedAt: comments.deletedAt })
      .from(comments)
      .where(eq(comments.id, current))
      .for('update');
    if (!parent || parent.deletedAt === null || (await hasReplies(tx, parent.id))) return;
    await tx.delete(comments).where(eq(comments.id, parent.id));
    current = parent.parentId;
  }
}
