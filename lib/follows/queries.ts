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

export async function isFollowing(followerId: string | undefined, followedId: string): Promise<boolean> {
  if (!followerId) return false;
  const [row] = await db.execute<{ yes: boolean }>(sql`
    select exists (select 1 from follows where follower_id = ${followerId} and followed_id = ${followedId}) as yes`);
  return row?.yes ?? false;
}

/** The same, by the followed member's handle (what a review page knows of its author). */
export async function isFollowingHandle(followerId: string | undefined, handle: string): Promise<boolean> {
  if (!followerId) return false;
  const [row] = await db.execute<{ yes: boolean }>(sql`
    select exists (
      select 1 from follows f join users u on u.id = f.followed_id
       where f.follower_id = ${followerId} and u.handle = ${handle}) as yes`);
  return row?.yes ?? false;
}
