import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { retryOnDeadlock } from '@/db/deadlock-retry';

import type { TargetRef } from './params';
import { BAN_DURATIONS, type BanDuration } from './rules';
import { actingModerator, closeReports, hideLocked, lockTarget, logAction, restoreLocked } from './targets';

/**
 * What a moderation action came to. `forbidden`: the actor is not (or no
 * longer) a moderator; `handled`: another moderator acted on these reports
 * first, or the content is already in the state asked for; `not-found`: the
 * target is gone; `invalid`: the action does not apply to this kind of target.
 */
export type ModerationOutcome =
  { ok: true; reviewId: number | null } | { ok: false; reason: 'forbidden' | 'handled' | 'not-found' | 'invalid' | 'self' };

type Input = { actor: { id: string }; target: TargetRef; reason: string };

/**
 * Every queue action claims the target's open reports first: that UPDATE
 * is what makes two moderators acting at once record one outcome (the second
 * finds none open and changes nothing). Then the target itself is locked and
 * changed, and the log line written, all in one transaction.
 */
export async function hideTarget({ actor, target, reason }: Input): Promise<ModerationOutcome> {
  if (target.kind === 'profile') return { ok: false, reason: 'invalid' };
  return retryOnDeadlock(() =>
    db.transaction(async (tx): Promise<ModerationOutcome> => {
      if (!(await actingModerator(tx, actor.id))) return { ok: false, reason: 'forbidden' };
      if ((await closeReports(tx, target, 'actioned', actor.id)) === 0) return { ok: false, reason: 'handled' };
      const locked = await lockTarget(tx, target);
      if (!locked) return { ok: false, reason: 'not-found' };
      await hideLocked(tx, locked, reason);
      await logAction(tx, { kind: 'hide', moderatorId: actor.id, ref: target, memberId: locked.authorId, reason });
      return { ok: true, reviewId: locked.reviewId };
    }),
  );
}

/**
 * Puts hidden content back, from the queue (its open reports are dismissed:
 * it was fine) or from the list of hidden content with no report open.
 */
export async function restoreTarget({ actor, target, reason }: Input): Promise<ModerationOutcome> {
  if (target.kind === 'profile') return { ok: false, reason: 'invalid' };
  return retryOnDeadlock(() =>
    db.transaction(async (tx): Promise<ModerationOutcome> => {
      if (!(await actingModerator(tx, actor.id))) return { ok: false, reason: 'forbidden' };
      await closeReports(tx, target, 'dismissed', actor.id);
      const locked = await lockTarget(tx, target);
      if (!locked) return { ok: false, reason: 'not-found' };
      if (!locked.hidden) return { ok: false, reason: 'handled' };
      await restoreLocked(tx, locked);
      await logAction(tx, { kind: 'restore', moderatorId: actor.id, ref: target, memberId: locked.authorId, reason });
      return { ok: true, reviewId: locked.reviewId };
    }),
  );
}

/** Closes the target's open reports with nothing changed. Content the reports hid on their own stays hidden until restored. */
export async function dismissReports({ actor, target, reason }: Input): Promise<ModerationOutcome> {
  return db.transaction(async (tx): Promise<ModerationOutcome> => {
    if (!(await actingModerator(tx, actor.id))) return { ok: false, reason: 'forbidden' };
    if ((await closeReports(tx, target, 'dismissed', actor.id)) === 0) return { ok: false, reason: 'handled' };
    const locked = await lockTarget(tx, target);
    await logAction(tx, { kind: 'dismiss', moderatorId: actor.id, ref: target, memberId: locked?.authorId ?? null, reason });
    return { ok: true, reviewId: locked?.reviewId ?? null };
  });
}

/**
 * Bans the author of the reported target (the member, for a profile) for
 * `duration`, closing the target's reports. The ban is read on the member's
 * next request; it ends by itself (db/bans.ts). A moderator cannot ban
 * themselves, another moderator or an admin; an admin can ban a moderator.
 */
export async function banMember({
  actor,
  target,
  reason,
  duration,
}: Input & { duration: BanDuration }): Promise<ModerationOutcome & { endsAt?: Date | null }> {
  return db.transaction(async (tx): Promise<ModerationOutcome & { endsAt?: Date | null }> => {
    const moderator = await actingModerator(tx, actor.id);
    if (!moderator) return { ok: false, reason: 'forbidden' };
    if ((await closeReports(tx, target, 'actioned', actor.id)) === 0) return { ok: false, reason: 'handled' };
    const locked = await lockTarget(tx, target);
    if (!locked?.authorId) return { ok: false, reason: 'not-found' };
    if (locked.authorId === actor.id) return { ok: false, reason: 'self' };
    const { days } = BAN_DURATIONS[duration];
    const ends = days === null ? sql`null` : sql`now() + ${days} * interval '1 day'`;
    const outranked = moderator.role === 'admin' ? sql`role <> 'admin'` : sql`role = 'member'`;
    const [banned] = await tx.execute<{ ban_ends_at: Date | null }>(sql`
      update users set banned_at = now(), ban_ends_at = ${ends}, ban_reason = ${reason}
       where id = ${locked.authorId} and deleted_at is null and ${outranked}
      returning ban_ends_at`);
    if (!banned) return { ok: false, reason: 'forbidden' };
    const endsAt = banned.ban_ends_at === null ? null : new Date(banned.ban_ends_at);
    await logAction(tx, {
      kind: 'ban',
      moderatorId: actor.id,
      ref: target,
      memberId: locked.authorId,
      reason,
      detail: { duration, endsAt: endsAt?.toISOString() ?? null },
    });
    return { ok: true, reviewId: locked.reviewId, endsAt };
  });
}
