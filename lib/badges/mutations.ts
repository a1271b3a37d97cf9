import 'server-only';

import { sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { sendNotices } from '@/db/notices';

import { readCounts } from './counts';
import { type BadgeCount, LADDERS, tiersReached } from './ladders';

export interface GrantedBadge {
  key: string;
  tier: number;
}

/**
 * Grants every tier these counts reach that the member does not hold yet,
 * inside the caller's transaction. The primary key on (member, badge, tier)
 * makes a second grant impossible under any concurrency: only the insert that
 * actually adds a row returns it, and only those rows make the one notice
 * (several tiers crossed at once share it). The notice honours the member's
 * opt-out; the badge is granted either way.
 */
export async function grantBadges(
  executor: Executor,
  memberId: string,
  counts: Partial<Record<BadgeCount, number>>,
): Promise<GrantedBadge[]> {
  const rows = LADDERS.flatMap((ladder) => {
    const count = counts[ladder.count];
    return count === undefined ? [] : tiersReached(ladder, count).map((tier) => sql`(${memberId}::uuid, ${ladder.key}, ${tier})`);
  });
  if (rows.length === 0) return [];

  const granted = await executor.execute<{ badge_key: string; tier: number }>(sql`
    insert into user_badges (user_id, badge_key, tier) values ${sql.join(rows, sql`, `)}
    on conflict do nothing
    returning badge_key, tier`);
  if (granted.length === 0) return [];

  const badges = granted.map((row) => ({ key: row.badge_key, tier: row.tier }));
  await sendNotices(executor, [{ recipientId: memberId, kind: 'badge', payload: { badges } }]);
  return badges;
}

/** Reads these counts for the member and grants what they reach. */
export async function checkBadges(executor: Executor, memberId: string, counts: BadgeCount[]): Promise<GrantedBadge[]> {
  return grantBadges(executor, memberId, await readCounts(executor, memberId, counts));
}
