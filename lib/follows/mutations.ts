import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';
import { sendNotices } from '@/db/notices';

export type FollowOutcome = { ok: true; following: boolean } | { ok: false; reason: 'not-found' | 'self' };

/**
 * Follows or unfollows the member with `handle`, as `actor`. The primary key
 * keeps one row per pair, so following twice is the same as once. A new
 * follow tells the followed member once per follower, unless they asked not
 * to be told.
 */
export async function setFollowing(input: { actor: { id: string }; handle: string; following: boolean }): Promise<FollowOutcome> {
  const { actor, handle, following } = input;
  return db.transaction(async (tx) => {
    const [target] = await tx.execute<{ id: string }>(sql`
      select id from users where handle = ${handle.toLowerCase()} and deleted_at is null and banned_at is null`);
    if (!target) return { ok: false, reason: 'not-found' };
    if (target.id === actor.id) return { ok: false, reason: 'self' };

    if (!following) {
      await tx.execute(sql`delete from follows where follower_id = ${actor.id} and followed_id = ${target.id}`);
      return { ok: true, following: false };
    }
    const made = await tx.execute(sql`
      insert into follows (follower_id, followed_id) values (${actor.id}, ${target.id})
      on conflict do nothing
      returning 1`);
    // The notice goes out only when this call made the follow, and only the
    // first time: following, unfollowing and following again would otherwise
    // let anyone ping a member as often as they liked.
    if (made.length > 0 && !(await toldBefore(tx, target.id, actor.id))) {
      await sendNotices(tx, [{ recipientId: target.id, kind: 'follow', actorId: actor.id }]);
    }
    return { ok: true, following: true };
  });
}

/** Whether the member was already told that this follower follows them. */
async function toldBefore(tx: Transaction, recipientId: string, actorId: string): Promise<boolean> {
  const [told] = await tx.execute(sql`
    select 1 from notifications where recipient_id = ${recipientId} and actor_id = ${actorId} and kind = 'follow' limit 1`);
  return told !== undefined;
}
