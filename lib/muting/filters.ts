import 'server-only';

import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/*
 * The read paths' filters for mutes and blocks, in one place so every list
 * asks the same question. A block hides at least what a mute hides: a member
 * who blocks someone never has to mute them as well.
 */

/** Whether `readerId` has muted or blocked the author (true never for a signed-out reader). */
export function authorSilencedFor(readerId: string, authorId: AnyPgColumn | SQL): SQL<boolean> {
  return sql<boolean>`(exists (select 1 from mutes where member_id = ${readerId}::uuid and muted_id = ${authorId})
    or exists (select 1 from blocks where member_id = ${readerId}::uuid and blocked_id = ${authorId}))`;
}

/**
 * A WHERE condition keeping only what the reader has not muted or blocked
 * the author of; nothing to add for a signed-out reader.
 */
export function notSilencedFor(readerId: string | undefined, authorId: AnyPgColumn | SQL): SQL | undefined {
  return readerId ? sql`not ${authorSilencedFor(readerId, authorId)}` : undefined;
}

/** Whether `memberId` has blocked `actorId`: what decides if the actor may reply to, mention or follow them. */
export function hasBlocked(memberId: AnyPgColumn | SQL, actorId: string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from blocks where member_id = ${memberId} and blocked_id = ${actorId}::uuid)`;
}
