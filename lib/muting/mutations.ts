import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';

export type MuteOutcome = { ok: true; on: boolean } | { ok: false; reason: 'not-found' | 'self' };

/** The member named by `handle`, as long as they are still on Verdict. */
async function findMember(tx: Transaction, handle: string): Promise<{ id: string } | undefined> {
  const [member] = await tx.execute<{ id: string }>(sql`
    select id from users where handle = ${handle.toLowerCase()} and deleted_at is null`);
  return member;
}

/**
 * Mutes or unmutes the member with `handle`, as `actor`. Muting twice is the
 * same as once (the primary key); the muted member is never told.
 */
export async function setMuted(input: { actor: { id: string }; handle: string; muted: boolean }): Promise<MuteOutcome> {
  const { actor, handle, muted } = input;
  return db.transaction(async (tx) => {
    const member = await findMember(tx, handle);
    if (!member) return { ok: false, reason: 'not-found' };
    if (member.id === actor.id) return { ok: false, reason: 'self' };
    if (muted) {
      await tx.execute(sql`insert into mutes (member_id, muted_id) values (${actor.id}, ${member.id}) on conflict do nothing`);
    } else {
      await tx.execute(sql`delete from mutes where member_id = ${actor.id} and muted_id = ${member.id}`);
    }
    return { ok: true, on: muted };
  });
}

/**
 * Blocks or unblocks the member with `handle`, as `actor`. A block ends the
 * follows between the two, both ways, in the same transaction: the blocked
 * member's follow because they may no longer follow the actor, and the
 * actor's because a feed of someone whose words are hidden is empty anyway.
 * Unblocking restores neither follow; nobody is told of either change.
 */
export async function setBlocked(input: { actor: { id: string }; handle: string; blocked: boolean }): Promise<MuteOutcome> {
  const { actor, handle, blocked } = input;
  return db.transaction(async (tx) => {
    const member = await findMember(tx, handle);
    if (!member) return { ok: false, reason: 'not-found' };
    if (member.id === actor.id) return { ok: false, reason: 'self' };
    if (!blocked) {
      await tx.execute(sql`delete from blocks where member_id = ${actor.id} and blocked_id = ${member.id}`);
      return { ok: true, on: false };
    }
    // FOR UPDATE on the blocker's own row waits for a follow of them being
    // made right now (lib/follows/mutations.ts holds KEY SHARE), so the
    // delete below sees it.
    await tx.execute(sql`select 1 from users where id = ${actor.id} for update`);
    await tx.execute(sql`insert into blocks (member_id, blocked_id) values (${actor.id}, ${member.id}) on conflict do nothing`);
    await tx.execute(sql`
      delete from follows
       where (follower_id = ${member.id} and followed_id = ${actor.id})
          or (follower_id = ${actor.id} and followed_id = ${member.id})`);
    return { ok: true, on: true };
  });
}
