import 'server-only';

import { sql } from 'drizzle-orm';

import type { Executor } from '@/db';

import { ALL_MEMBERS_COUNT_SQL } from './counts';
import { LADDERS } from './ladders';

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
