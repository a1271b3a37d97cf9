import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import type { FollowCounts } from './types';

export async function getFollowCounts(memberId: string): Promise<FollowCounts> {
  const [row] = await db.execute<FollowCounts>(sql`
    select (select count(*) from follows where followed_id = ${memberId})::int as followers,
           (select count(*) from follows where follower_id = ${memberId})::int as following`);
  return row ?? { followers: 0, following: 0 };
}

/** Whether the reader follows a member, named by id or (what a review page knows of its author) by handle. */
export async function isFollowing(followerId: string | undefined, followed: { id: string } | { handle: string }): Promise<boolean> {
  if (!followerId) return false;
  const who = 'id' in followed ? sql`f.followed_id = ${followed.id}` : sql`f.followed_id = (select id from users where handle = ${followed.handle})`;
  const [row] = await db.execute<{ yes: boolean }>(sql`
    select exists (select 1 from follows f where f.follower_id = ${followerId} and ${who}) as yes`);
  return row?.yes ?? false;
}
