import 'server-only';

import { sql } from 'drizzle-orm';

import type { Executor } from '@/db';

import { COUNT_SQL } from './counts';
import { LADDERS } from './ladders';

/**
 * Recomputes every badge from the data: each member gets every tier their
 * counts reach, through the same count definitions the live grants read
 * (lib/badges/counts.ts). Idempotent and additive: badges are never taken
 * away. Sends no notices: a backfill is bookkeeping, not news. Returns how
 * many grants it added per badge.
 */
export async function backfillBadges(executor: Executor): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const ladder of LADDERS) {
    const rows = await executor.execute(sql`
      insert into user_badges (user_id, badge_key, tier)
      select m.id, ${ladder.key}, tier
        from (select member.id, ${COUNT_SQL[ladder.count](sql`member.id`)}::int as reached
                from users member where member.deleted_at is null) m
        cross join unnest(${sql.raw(`array[${ladder.tiers.join(',')}]`)}::int[]) as tier
       where m.reached >= tier
      on conflict do nothing
      returning 1`);
    added[ladder.key] = rows.length;
  }
  return added;
}
