import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

export type MuteState = {
  muted: boolean;
  blocked: boolean;
};

/** Whether the reader has muted and whether they have blocked this member; neither for a signed-out reader. */
export async function getMuteState(readerId: string | undefined, memberId: string): Promise<MuteState> {
  if (!readerId || readerId === memberId) return { muted: false, blocked: false };
  const [row] = await db.execute<MuteState>(sql`
    select exists (select 1 from mutes where member_id = ${readerId} and muted_id = ${memberId}) as muted,
           exists (select 1 from blocks where member_id = ${readerId} and blocked_id = ${memberId}) as blocked`);
  return { muted: row?.muted ?? false, blocked: row?.blocked ?? false };
}
