import 'server-only';

import { randomBytes } from 'node:crypto';

import { sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';
import { MAX_COMMENT_DEPTH } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';

export type DeleteAccountRefusal = 'wrong-password' | 'wrong-handle' | 'not-found';
export type DeleteAccountOutcome = { ok: true } | { ok: false; reason: DeleteAccountRefusal };

/**
 * How the member confirms: their password when they have one; members who
 * only use GitHub or Google have none, so they type their handle instead.
 */
export interface DeleteAccountConfirmation {
  password?: string;
  handle?: string;
}

/**
 * Deletes the member's account, in one transaction, after checking their
 * confirmation again (see DeleteAccountConfirmation).
 *
 * - Upvotes they gave are removed and every counter they moved moves back.
 * - `content: 'remove'`: their reviews go (with the threads under them, and
 *   the upvotes other members' comments there held leave those members'
 *   totals) and their comments go; a comment with replies stays as
 *   "[deleted]" so the thread keeps its shape. `content: 'keep'`: reviews and
 *   comments stay, signed by "[deleted member]".
 * - The member row stays as an anonymous tombstone (no email, password,
 *   bio or sessions) so kept writing has an author; its handle is freed.
 */
export async function deleteAccount(input: {
  actor: { id: string };
  confirmation: DeleteAccountConfirmation;
  content: 'remove' | 'keep';
}): Promise<DeleteAccountOutcome> {
  const { actor, confirmation, content } = input;
  const [member] = await db.execute<{ password_hash: string | null; handle: string }>(
    sql`select password_hash, handle from users where id = ${actor.id} and deleted_at is null`,
  );
  if (!member) return { ok: false, reason: 'not-found' };
  if (member.password_hash) {
    if (!confirmation.password || !(await verifyPassword(member.password_hash, confirmation.password))) {
      return { ok: false, reason: 'wrong-password' };
    }
  } else if (normaliseHandle(confirmation.handle) !== member.handle) {
    return { ok: false, reason: 'wrong-handle' };
  }

  await db.transaction(async (tx) => {
    await withdrawUpvotes(tx, actor.id);
    if (content === 'remove') await removeWriting(tx, actor.id);
    await tx.execute(sql`delete from follows where follower_id = ${actor.id} or followed_id = ${actor.id}`);
    await tx.execute(sql`delete from accounts where user_id = ${actor.id}`);
    await tx.execute(sql`delete from sessions where user_id = ${actor.id}`);
    await tx.execute(sql`delete from notifications where recipient_id = ${actor.id}`);
    await tx.execute(sql`
      update users set
        handle = ${`deleted-${randomBytes(6).toString('hex')}`},
        display_name = '[deleted member]', name = null, email = null, email_verified = null,
        image = null, bio = '', password_hash = null,
        session_version = session_version + 1, deleted_at = now(),
        -- Removed writing takes its votes with it; kept writing keeps them.
        upvotes_received =
          (select count(*) from review_votes v join reviews r on r.id = v.review_id where r.author_id = ${actor.id})
          + (select count(*) from comment_votes v join comments c on c.id = v.comment_id where c.author_id = ${actor.id})
      where id = ${actor.id}`);
  });
  return { ok: true };
}

/**
 * Removes the member's upvotes and moves every counter they moved back by the
 * rows removed: each review's and comment's count, and each author's total.
 */
async function withdrawUpvotes(tx: Transaction, memberId: string) {
  const kinds = [
    { votes: sql.raw('review_votes'), key: sql.raw('review_id'), targets: sql.raw('reviews') },
    { votes: sql.raw('comment_votes'), key: sql.raw('comment_id'), targets: sql.raw('comments') },
  ];
  for (const { votes, key, targets } of kinds) {
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

/** Handles are stored lower-case; a typed one may carry its "@" and capitals. */
function normaliseHandle(value: string | undefined): string {
  return (value ?? '').trim().replace(/^@/, '').toLowerCase();
}

/**
 * Other members' comments under the member's reviews go with those reviews
 * (by cascade), and so do the upvotes those comments held: each comment's
 * author leaves that many upvotes behind. The rows are locked first so no
 * vote lands between the count and the delete (a vote's foreign-key check
 * waits on the lock); the counting statement then sees every vote committed
 * before it.
 */
async function withdrawThreadUpvotes(tx: Transaction, memberId: string) {
  await tx.execute(sql`select 1 from reviews where author_id = ${memberId} for update`);
  await tx.execute(sql`
    select 1 from comments c join reviews r on r.id = c.review_id where r.author_id = ${memberId} for update of c`);
  await tx.execute(sql`
    with withdrawn as (
      delete from comment_votes v using comments c, reviews r
       where v.comment_id = c.id and c.review_id = r.id and r.author_id = ${memberId}
      returning c.author_id)
    update users u set upvotes_received = u.upvotes_received - w.n
      from (select author_id, count(*)::int as n from withdrawn where author_id is not null group by author_id) w
     where u.id = w.author_id`);
}

/** Deletes the member's reviews and comments, keeping "[deleted]" placeholders where others replied. */
async function removeWriting(tx: Transaction, memberId: string) {
  await withdrawThreadUpvotes(tx, memberId);
  // Reviews go with everything under them (comments, votes, revisions cascade).
  await tx.execute(sql`delete from reviews where author_id = ${memberId}`);
  // Their visible comments become "[deleted]", and leave their reviews' counts.
  const hidden = await tx.execute<{ id: number }>(sql`
    with hidden as (
      update comments set deleted_at = now(), author_id = null, body = '[deleted]'
       where author_id = ${memberId} and deleted_at is null
      returning id, review_id),
    recounted as (
      update reviews r set comment_count = r.comment_count - h.n
        from (select review_id, count(*)::int as n from hidden group by review_id) h
       where r.id = h.review_id)
    select id from hidden`);
  // Of those, the ones nobody replied to have no shape to keep: prune them,
  // leaf by leaf (a chain of their own replies), at most the depth cap deep.
  const ids = hidden.map((row) => row.id);
  for (let level = 0; level <= MAX_COMMENT_DEPTH && ids.length > 0; level += 1) {
    const pruned = await tx.execute(sql`
      delete from comments c
       where c.id = any(${sql.param(ids)}::int[])
         and not exists (select 1 from comments child where child.parent_id = c.id)
      returning c.id`);
    if (pruned.length === 0) break;
  }
}
