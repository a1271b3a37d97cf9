import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

import type { FollowCounts } from './types';

/** A member's follower and following counts as one JSON object, for a statement that reads more about them. */
export function followCountsJson(memberId: SQL): SQL<FollowCounts> {
  return sql<FollowCounts>`json_build_object(
    'followers', (select count(*) from follows where followed_id = ${memberId})::int,
    'following', (select count(*) from follows where follower_id = ${memberId})::int)`;
}

export async function getFollowCounts(memberId: string): Promise<FollowCounts> {
  const [row] = await db.execute<{ counts: FollowCounts }>(sql`select ${followCountsJson(sql`${memberId}::uuid`)} as counts`);
  return row?.counts ?? { followers: 0, following: 0 };
}
