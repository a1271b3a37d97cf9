import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';
import { sendNotices } from '@/db/notices';
import { hasBlocked } from '@/lib/muting/filters';
import { notBanned } from '@/db/bans';

export type FollowOutcome = { ok: true; following: boolean } | { ok: false; reason: 'not-found' | 'self' | 'closed' };

/**
 * Follows or unfollows the member with `handle`, as `actor`. The primary key
 * keeps one row per pair, so following twice is the same as once. A new
 * follow tells the followed member once per follower, unless they asked not
 * to be told. A member who blocked the actor cannot be followed by them
 * ('closed'); unfollowing is always allowed.
 */
export async function setFollowing(input: { actor: { id: string }; handle: string; following: boolean }): Promise<FollowOutcome> {
  const { actor, handle, following } = input;
  return db.transaction(async (tx) => {
    // KEY SHARE on the member followed: a block they make at this moment
    // (lib/muting/mutations.ts locks their row FOR UPDATE) waits for this
    // follow and then ends it, or this waits and the check below sees it.
    const [target] = await tx.execute<{ id: string }>(sql`
      select id from users where handle = ${handle.toLowerCase()} and deleted_at is null and ${notBanned()}
         for key share`);
    if (!target) return { ok: false, reason: 'not-found' };
    if (target.id === actor.id) return { ok: false, reason: 'self' };
    if (following) {
      const [block] = await tx.execute<{ blocked: boolean }>(
        sql`select ${hasBlocked(sql`${target.id}::uuid`, actor.id)} as blocked`,
      );
      if (block?.blocked) return { ok: false, reason: 'closed' };
    }

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
