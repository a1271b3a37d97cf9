import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { comments, MAX_COMMENT_DEPTH, notifications, reviews } from '@/db/schema';
import { deleteComment, editComment, postComment } from '@/lib/comments/mutations';
import { getCommentSubtree, getThread, THREAD_VISIBLE_DEPTH } from '@/lib/comments/queries';

import { insertComment, type InsertedComment } from '../support/comments';
import { createFilm, createReview, createUser } from '../support/factories';
import { counterMismatches } from '../support/invariants';

async function reviewBy(authorId?: string) {
  const film = await createFilm();
  const author = authorId ?? (await createUser()).id;
  return createReview({ filmId: film.id, authorId: author });
}

async function post(actor: { id: string }, reviewId: number, body: string, parentId?: number) {
  const result = await postComment(actor, { reviewId, parentId, body });
  if (!result.ok) throw new Error(`posting failed: ${result.reason}`);
  return result.comment;
}

async function commentCount(reviewId: number) {
  const [row] = await db.select({ count: reviews.commentCount }).from(reviews).where(eq(reviews.id, reviewId));
  return row!.count;
}

async function rowOf(id: number) {
  const [row] = await db
    .select({
      path: sql<string>`${comments.path}::text`,
      depth: comments.depth,
      parentId: comments.parentId,
      deletedAt: comments.deletedAt,
      authorId: comments.authorId,
    })
    .from(comments)
    .where(eq(comments.id, id));
  return row;
}

describe('postComment', () => {
  it('writes the path and depth of comments and replies, and counts them', async () => {
    const review = await reviewBy();
    const [alice, bob] = await Promise.all([createUser(), createUser()]);

    const top = await post(alice, review.id, 'A first thought.');
    expect(top).toMatchObject({ parentId: null, depth: 0, path: String(top.id) });
    const reply = await post(bob, review.id, 'A reply.', top.id);
    expect(reply).toMatchObject({ parentId: top.id, depth: 1, path: `${top.id}.${reply.id}` });
    const deeper = await post(alice, review.id, 'And back.', reply.id);
    expect(deeper).toMatchObject({ parentId: reply.id, depth: 2, path: `${top.id}.${reply.id}.${deeper.id}` });
    expect(await rowOf(deeper.id)).toMatchObject({ path: deeper.path, depth: 2 });

    expect(await commentCount(review.id)).toBe(3);
    expect(await counterMismatches()).toEqual([]);
  });

  it('trims the body and refuses parents from another review, deleted parents and deleted reviews', async () => {
    const [review, other] = await Promise.all([reviewBy(), reviewBy()]);
    const member = await createUser();
    const elsewhere = await post(member, other.id, 'Over there.');

    expect(await postComment(member, { reviewId: review.id, parentId: elsewhere.id, body: 'Hi' })).toEqual({
      ok: false,
      reason: 'parent-not-found',
    });
    expect(await postComment(member, { reviewId: review.id, parentId: 2_000_000_000, body: 'Hi' })).toEqual({
      ok: false,
      reason: 'parent-not-found',
    });
    expect(await postComment(member, { reviewId: 2_000_000_000, body: 'Hi' })).toEqual({ ok: false, reason: 'review-not-found' });

    const parent = await post(member, review.id, 'Parent');
    await post(member, review.id, 'Child', parent.id);
    await deleteComment(member, parent.id);
    expect(await postComment(member, { reviewId: review.id, parentId: parent.id, body: 'Hi' })).toEqual({
      ok: false,
      reason: 'parent-not-found',
    });

    await db.update(reviews).set({ status: 'deleted' }).where(eq(reviews.id, other.id));
    expect(await postComment(member, { reviewId: other.id, body: 'Hi' })).toEqual({ ok: false, reason: 'review-not-found' });

    const trimmed = await post(member, review.id, '  spaced out \n');
    const [stored] = await db.select({ body: comments.body }).from(comments).where(eq(comments.id, trimmed.id));
    expect(stored!.body).toBe('spaced out');
    expect(await counterMismatches()).toEqual([]);
  });

  it(`attaches a reply to a comment at depth ${MAX_COMMENT_DEPTH} as that comment's sibling`, async () => {
    const review = await reviewBy();
    const member = await createUser();
    // A chain of 41 comments, depths 0 through 40, written directly.
    let parent: InsertedComment | undefined;
    for (let depth = 0; depth <= MAX_COMMENT_DEPTH; depth += 1) {
      parent = await insertComment({ reviewId: review.id, authorId: member.id, body: `Level ${depth}`, parent });
    }
    await db
      .update(reviews)
      .set({ commentCount: MAX_COMMENT_DEPTH + 1 })
      .where(eq(reviews.id, review.id));
    expect(parent!.depth).toBe(MAX_COMMENT_DEPTH);

    const reply = await post(member, review.id, 'One level too deep', parent!.id);
    expect(reply.depth).toBe(MAX_COMMENT_DEPTH);
    expect(reply.parentId).toBe(parent!.parentId);
    expect(reply.path).toBe(`${parent!.path.split('.').slice(0, -1).join('.')}.${reply.id}`);
    expect(await rowOf(reply.id)).toMatchObject({ depth: MAX_COMMENT_DEPTH, parentId: parent!.parentId });

    // And a reply to that reply does the same: the thread never grows deeper.
    const again = await post(member, review.id, 'Still here', reply.id);
    expect(again).toMatchObject({ depth: MAX_COMMENT_DEPTH, parentId: parent!.parentId });
    expect(await commentCount(review.id)).toBe(MAX_COMMENT_DEPTH + 3);
    expect(await counterMismatches()).toEqual([]);
  });
});

describe('editComment and deleteComment', () => {
  it('let only the author edit, and mark the comment edited', async () => {
    const review = await reviewBy();
    const [author, stranger] = await Promise.all([createUser(), createUser()]);
    const comment = await post(author, review.id, 'Frist!');

    expect(await editComment(stranger, { commentId: comment.id, body: 'Hijacked' })).toEqual({ ok: false, reason: 'not-found' });
    const [untouched] = await db.select().from(comments).where(eq(comments.id, comment.id));
    expect(untouched).toMatchObject({ body: 'Frist!', editedAt: null });

    expect(await editComment(author, { commentId: comment.id, body: 'First!' })).toEqual({
      ok: true,
      comment: { id: comment.id, reviewId: review.id },
    });
    const [edited] = await db.select().from(comments).where(eq(comments.id, comment.id));
    expect(edited!.body).toBe('First!');
    expect(edited!.editedAt).toBeInstanceOf(Date);
    expect(await counterMismatches()).toEqual([]);
  });

  it('keeps a comment with replies as [deleted], removes one without, and keeps the count exact at every step', async () => {
    const review = await reviewBy();
    const [alice, bob, mallory] = await Promise.all([createUser(), createUser(), createUser()]);
    const parent = await post(alice, review.id, 'Parent');
    const reply = await post(bob, review.id, 'Reply', parent.id);
    const lonely = await post(alice, review.id, 'Nobody answers this');
    expect(await commentCount(review.id)).toBe(3);

    // Someone else's comment cannot be deleted (nor its existence confirmed).
    expect(await deleteComment(mallory, parent.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await deleteComment(bob, parent.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await commentCount(review.id)).toBe(3);

    expect(await deleteComment(alice, lonely.id)).toMatchObject({ ok: true, outcome: 'removed' });
    expect(await rowOf(lonely.id)).toBeUndefined();
    expect(await commentCount(review.id)).toBe(2);
    expect(await counterMismatches()).toEqual([]);

    expect(await deleteComment(alice, parent.id)).toMatchObject({ ok: true, outcome: 'kept-as-deleted' });
    expect(await rowOf(parent.id)).toMatchObject({ authorId: null, deletedAt: expect.any(Date) });
    expect(await commentCount(review.id)).toBe(1);
    expect(await counterMismatches()).toEqual([]);
    // Deleting twice, or editing a deleted comment, finds nothing.
    expect(await deleteComment(alice, parent.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await editComment(alice, { commentId: parent.id, body: 'Back' })).toEqual({ ok: false, reason: 'not-found' });

    const { comments: shown } = await getThread(review.id);
    expect(shown.map((comment) => [comment.id, comment.deleted, comment.author?.handle ?? null, comment.body])).toEqual([
      [parent.id, true, null, ''],
      [reply.id, false, bob.handle, 'Reply'],
    ]);

    // The last reply goes, and the "[deleted]" placeholder above it with it.
    expect(await deleteComment(bob, reply.id)).toMatchObject({ ok: true, outcome: 'removed' });
    expect(await rowOf(parent.id)).toBeUndefined();
    expect(await commentCount(review.id)).toBe(0);
    expect((await getThread(review.id)).comments).toEqual([]);
    expect(await counterMismatches()).toEqual([]);
  });

  it('keeps the count exact when members comment and delete at the same time', async () => {
    const review = await reviewBy();
    const members = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const root = await post(members[0]!, review.id, 'Root');
    const replies = await Promise.all(members.map((member, index) => post(member, review.id, `Reply ${index}`, root.id)));
    await Promise.all([
      deleteComment(members[0]!, root.id),
      ...replies.slice(1).map((reply, index) => deleteComment(members[index + 1]!, reply.id)),
      ...members.map((member) => postComment(member, { reviewId: review.id, body: 'Meanwhile' })),
    ]);
    expect(await counterMismatches()).toEqual([]);
  });
});

describe('notifications', () => {
  async function noticesFor(recipientId: string, commentId: number) {
    return db
      .select({ kind: notifications.kind, actorId: notifications.actorId, reviewId: notifications.reviewId })
      .from(notifications)
      .where(and(eq(notifications.recipientId, recipientId), eq(notifications.commentId, commentId)));
  }

  it('tells the review author about a comment, the parent author about a reply, and mentioned members', async () => {
    const [critic, alice, bob, carol] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const review = await reviewBy(critic.id);

    const top = await post(alice, review.id, 'Lovely review.');
    expect(await noticesFor(critic.id, top.id)).toEqual([{ kind: 'reply', actorId: alice.id, reviewId: review.id }]);

    const reply = await post(bob, review.id, `Agreed, and @${carol.handle} said so too. Not @nobody-here-${Date.now()}.`, top.id);
    expect(await noticesFor(alice.id, reply.id)).toEqual([{ kind: 'reply', actorId: bob.id, reviewId: review.id }]);
    expect(await noticesFor(carol.id, reply.id)).toEqual([{ kind: 'mention', actorId: bob.id, reviewId: review.id }]);
    expect(await noticesFor(critic.id, reply.id)).toEqual([]);

    // A mention of the person replied to is one notice, not two; code is not a mention.
    const again = await post(bob, review.id, `@${alice.handle} yes, and \`@${carol.handle}\``, top.id);
    expect(await noticesFor(alice.id, again.id)).toEqual([{ kind: 'reply', actorId: bob.id, reviewId: review.id }]);
    expect(await noticesFor(carol.id, again.id)).toEqual([]);
  });

  it('never tells members about their own words', async () => {
    const critic = await createUser();
    const review = await reviewBy(critic.id);
    const own = await post(critic, review.id, `Thanks all — @${critic.handle}`);
    const ownReply = await post(critic, review.id, 'Replying to myself', own.id);
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.recipientId, critic.id), sql`${notifications.commentId} in (${own.id}, ${ownReply.id})`));
    expect(row!.count).toBe(0);
  });
});

describe('getCommentSubtree', () => {
  it('returns the comment, its replies and its parent chain, and nothing for another review', async () => {
    const [review, other] = await Promise.all([reviewBy(), reviewBy()]);
    const member = await createUser();
    const chain = [await post(member, review.id, 'Level 0')];
    for (let depth = 1; depth <= 9; depth += 1) chain.push(await post(member, review.id, `Level ${depth}`, chain.at(-1)!.id));

    const subtree = await getCommentSubtree(review.id, chain[2]!.id);
    expect(subtree!.focus.id).toBe(chain[2]!.id);
    expect(subtree!.ancestors.map((comment) => comment.id)).toEqual([chain[0]!.id, chain[1]!.id]);
    // The comment, then its replies as a page of a thread: the top level and THREAD_VISIBLE_DEPTH levels below.
    const last = 2 + 1 + THREAD_VISIBLE_DEPTH;
    expect(subtree!.comments.map((comment) => comment.id)).toEqual(chain.slice(2, last + 1).map((comment) => comment.id));
    expect(subtree!.comments.at(-1)).toMatchObject({ depth: last, continues: true });

    expect(await getCommentSubtree(other.id, chain[2]!.id)).toBeNull();
    expect(await getCommentSubtree(review.id, 2_000_000_000)).toBeNull();
  });
});
