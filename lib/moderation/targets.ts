import 'server-only';

import { sql } from 'drizzle-orm';

import type { Transaction } from '@/db';
import { notBanned } from '@/db/bans';
import { countCommentHidden, countCommentRestored } from '@/db/counters';

import type { TargetRef } from './params';
import type { Role } from './rules';

/**
 * The actor's role, read inside the action's own transaction: a member
 * demoted, banned or deleted a moment ago is refused here, whatever the page
 * they acted from showed. Null unless they hold one of `roles`.
 */
export async function actingModerator(
  tx: Transaction,
  actorId: string,
  roles: readonly Role[] = ['moderator', 'admin'],
): Promise<{ role: Role } | null> {
  const [row] = await tx.execute<{ role: Role }>(sql`
    select role from users
     where id = ${actorId} and deleted_at is null and ${notBanned()}
       and role in (${sql.join(
         roles.map((role) => sql`${role}`),
         sql`, `,
       )})`);
  return row ?? null;
}

export type LockedTarget = {
  ref: TargetRef;
  /** The member who wrote it (or whose profile it is); null for a comment kept as "[deleted]". */
  authorId: string | null;
  hidden: boolean;
  /** The review a comment is on, whose count it moves. */
  reviewId: number | null;
};

/** The target, locked for the change: a deleted review or comment, or a deleted member, is null. */
export async function lockTarget(tx: Transaction, ref: TargetRef): Promise<LockedTarget | null> {
  if (ref.kind === 'review') {
    const [row] = await tx.execute<{ author_id: string; status: string }>(sql`
      select author_id, status from reviews where id = ${ref.id} and status <> 'deleted' for update`);
    return row ? { ref, authorId: row.author_id, hidden: row.status === 'hidden', reviewId: ref.id } : null;
  }
  if (ref.kind === 'comment') {
    const [row] = await tx.execute<{ author_id: string | null; review_id: number; hidden: boolean }>(sql`
      select author_id, review_id, hidden_at is not null as hidden
        from comments where id = ${ref.id} and deleted_at is null for update`);
    return row ? { ref, authorId: row.author_id, hidden: row.hidden, reviewId: row.review_id } : null;
  }
  const [row] = await tx.execute<{ id: string }>(sql`select id from users where id = ${ref.id} and deleted_at is null`);
  return row ? { ref, authorId: row.id, hidden: false, reviewId: null } : null;
}

/**
 * Takes a locked review or comment out of every list, keeping the row; a
 * comment leaves its review's count (db/counters.ts). Hiding what is already
 * hidden only replaces the reason its author reads.
 */
export async function hideLocked(tx: Transaction, target: LockedTarget, reason: string): Promise<void> {
  if (target.ref.kind === 'review') {
    await tx.execute(sql`update reviews set status = 'hidden', hidden_reason = ${reason} where id = ${target.ref.id}`);
  } else if (target.ref.kind === 'comment') {
    await tx.execute(sql`
      update comments set hidden_at = coalesce(hidden_at, now()), hidden_reason = ${reason} where id = ${target.ref.id}`);
    if (!target.hidden) await countCommentHidden(tx, target.reviewId!);
  }
}

/** Puts a locked, hidden review or comment back where it was; a comment counts for its review again. */
export async function restoreLocked(tx: Transaction, target: LockedTarget): Promise<void> {
  if (target.ref.kind === 'review') {
    await tx.execute(sql`update reviews set status = 'published', hidden_reason = null where id = ${target.ref.id}`);
  } else if (target.ref.kind === 'comment') {
    await tx.execute(sql`update comments set hidden_at = null, hidden_reason = null where id = ${target.ref.id}`);
    await countCommentRestored(tx, target.reviewId!);
  }
}

/** One line of the public moderation log. */
export async function logAction(
  tx: Transaction,
  entry: {
    kind: 'hide' | 'auto-hide' | 'restore' | 'dismiss' | 'ban' | 'role';
    moderatorId: string | null;
    ref: TargetRef;
    memberId: string | null;
    reason: string;
    detail?: Record<string, string | null>;
  },
): Promise<void> {
  const { kind, moderatorId, ref, memberId, reason, detail = {} } = entry;
  const reviewId = ref.kind === 'review' ? ref.id : null;
  const commentId = ref.kind === 'comment' ? ref.id : null;
  await tx.execute(sql`
    insert into moderation_actions (kind, moderator_id, target_kind, review_id, comment_id, member_id, reason, detail)
    values (${kind}, ${moderatorId}, ${ref.kind}, ${reviewId}, ${commentId}, ${memberId}, ${reason},
            ${JSON.stringify(detail)}::jsonb)`);
}

/**
 * Closes the target's open reports as `status`, returning how many: zero
 * means another moderator got there first (the rows are locked by the
 * update, and read again once their transaction commits), so the caller
 * records nothing.
 */
export async function closeReports(
  tx: Transaction,
  ref: TargetRef,
  status: 'actioned' | 'dismissed',
  actorId: string,
): Promise<number> {
  const closed = await tx.execute(sql`
    update reports set status = ${status}, resolved_at = now(), resolved_by_id = ${actorId}
     where target_key = ${ref.key} and status = 'open'
    returning id`);
  return closed.length;
}
