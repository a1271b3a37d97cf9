import 'server-only';

import { sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { sendNotices } from '@/db/notices';

import { ALL_MEMBERS_COUNT_SQL, readCounts } from './counts';
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
 * (several tiers crossed at once share it), which is also the one mail for
 * members who asked for badge mail. Both honour the member's choices; the
 * badge is granted either way.
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

/**
 * Recomputes every badge from the data: each member gets every tier their
 * counts reach, through the same count definitions the live grants read
 * (lib/badges/counts.ts). Idempotent and additive: badges are never taken
 * away. Sends no notices: a backfill is bookkeeping, not news. Each count is
 * read for all members in one set-based query. Returns how
 * many grants it added per badge.
 */
export async function backfillBadges(executor: Executor): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const ladder of LADDERS) {
    const rows = await executor.execute(sql`
      insert into user_badges (user_id, badge_key, tier)
      select counts.member_id, ${ladder.key}, tier
        from (${ALL_MEMBERS_COUNT_SQL[ladder.count]}) counts
        join users member on member.id = counts.member_id and member.deleted_at is null
        cross join unnest(${sql.raw(`array[${ladder.tiers.join(',')}]`)}::int[]) as tier
       where counts.n >= tier
      on conflict do nothing
      returning 1`);
    added[ladder.key] = rows.length;
  }
  return added;
}
