import 'server-only';

import { randomBytes } from 'node:crypto';

import { eq, sql } from 'drizzle-orm';

import { db, type Executor, type Transaction } from '@/db';
import { retryOnDeadlock } from '@/db/deadlock-retry';
import { removeImagesUploadedBy } from '@/lib/media/mutations';
import {
  countCommentsHidden,
  lockForAccountDeletion,
  recountUpvotesReceived,
  withdrawUpvotesGivenBy,
  withdrawUpvotesOnReviewsOf,
} from '@/db/counters';
import { MAX_COMMENT_DEPTH, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { SignUpInput } from '@/lib/validation/auth';
import { normalizeHandle } from '@/lib/validation/handle';
import type { ProfileInput } from '@/lib/validation/profile';

import type { CreateMemberResult, DeleteAccountConfirmation, DeleteAccountOutcome } from './types';

/**
 * Creates a member who signs in with a password. Uniqueness is left to the
 * database's keys, which are the only check that holds under concurrency.
 */
export async function createMember(input: SignUpInput, executor: Executor = db): Promise<CreateMemberResult> {
  const passwordHash = await hashPassword(input.password);
  const [created] = await executor
    .insert(users)
    .values({
      email: input.email,
      handle: input.handle,
      displayName: input.displayName,
      name: input.displayName,
      passwordHash,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (created) return { ok: true, id: created.id };

  // A taken handle is named first: handles are public, emails are not, so
  // the answer about a handle must not depend on whether the email is known.
  const [handleTaken] = await executor.select({ id: users.id }).from(users).where(eq(users.handle, input.handle)).limit(1);
  return { ok: false, conflict: handleTaken ? 'handle' : 'email' };
}

/** Changes the member's own display name and bio; `name` follows for Auth.js. */
export async function updateProfile(actor: { id: string }, input: ProfileInput): Promise<void> {
  await db
    .update(users)
    .set({ displayName: input.displayName, name: input.displayName, bio: input.bio })
    .where(sql`${users.id} = ${actor.id} and ${users.deletedAt} is null`);
}

/**
 * Deletes the member's account, in one transaction, after checking their
 * confirmation again (see DeleteAccountConfirmation).
 *
 * - Upvotes they gave are removed and every counter they moved moves back.
 * - `content: 'remove'`: their reviews go (with the threads under them, and
 *   the upvotes other members' comments there held leave those members'
 *   totals) and their comments go; a comment with replies stays as
 *   "[deleted]" so the thread keeps its shape, and the pictures they uploaded
 *   go. `content: 'keep'`: reviews, comments and their pictures stay, signed
 *   by "[deleted member]".
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
  } else if (normalizeHandle(confirmation.handle ?? '') !== member.handle) {
    return { ok: false, reason: 'wrong-handle' };
  }

  await retryOnDeadlock(() =>
    db.transaction(async (tx) => {
      await lockForAccountDeletion(tx, actor.id, content === 'remove');
      await withdrawUpvotesGivenBy(tx, actor.id);
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
        session_version = session_version + 1, deleted_at = now()
      where id = ${actor.id}`);
      // Removed writing took its votes with it; kept writing keeps them.
      await recountUpvotesReceived(tx, actor.id);
    }),
  );
  return { ok: true };
}

/** Deletes the member's reviews and comments, keeping "[deleted]" placeholders where others replied. */
async function removeWriting(tx: Transaction, memberId: string) {
  await withdrawUpvotesOnReviewsOf(tx, memberId);
  // Reviews go with everything under them (comments, votes, revisions cascade),
  // and the pictures they showed with them; kept writing keeps its pictures.
  await tx.execute(sql`delete from reviews where author_id = ${memberId}`);
  await removeImagesUploadedBy(tx, memberId);
  // Their visible comments become "[deleted]", and leave their reviews' counts.
  // (A comment a moderator hid has already left its review's count.)
  const hidden = await tx.execute<{ id: number; review_id: number; was_hidden: boolean }>(sql`
    update comments set deleted_at = now(), author_id = null, body = '[deleted]'
     where author_id = ${memberId} and deleted_at is null
    returning id, review_id, hidden_at is not null as was_hidden`);
  await countCommentsHidden(
    tx,
    hidden.filter((row) => !row.was_hidden).map((row) => ({ reviewId: row.review_id })),
  );
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
