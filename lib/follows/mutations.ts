import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { sendNotices } from '@/lib/notifications/send';

export type FollowOutcome = { ok: true; following: boolean } | { ok: false; reason: 'not-found' | 'self' };

/**
 * Follows or unfollows the member with `handle`, as `actor`. The primary key
 * keeps one row per pair, so following twice is the same as once. A new
 * follow tells the followed member, unless they asked not to be told.
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
    // The notice goes out only when this call made the follow: a repeat sends nothing.
    if (made.length > 0) await sendNotices(tx, [{ recipientId: target.id, kind: 'follow', actorId: actor.id }]);
    return { ok: true, following: true };
  });
}
