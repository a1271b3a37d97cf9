import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import { earnedBadgesJson, toEarnedBadges, topOf } from '@/lib/badges/queries';
import { followCountsJson } from '@/lib/follows/queries';
import { upvoteTotalsJson } from '@/lib/votes/queries';

import type { MemberProfile } from './types';

/**
 * A member's profile with everything its header shows — review count,
 * upvotes given and received, followers, the top badge — in one statement,
 * each figure a subquery on that member's own rows.
 */
export async function getMemberProfile(handle: string): Promise<(MemberProfile & { id: string }) | null> {
  const [row] = await db.execute<{
    id: string;
    handle: string;
    display_name: string;
    image: string | null;
    created_at: Date;
    bio: string;
    role: MemberProfile['role'];
    review_count: number;
    review_upvotes: number;
    upvotes: MemberProfile['upvotes'];
    follows: MemberProfile['follows'];
    badges: Array<{ key: string; tier: number; awardedAt: string }>;
  }>(sql`
    select u.id, u.handle, u.display_name, u.image, u.created_at, u.bio, u.role,
           (select count(*) from reviews r where r.author_id = u.id and r.status = 'published')::int as review_count,
           (select coalesce(sum(r.upvote_count), 0) from reviews r where r.author_id = u.id and r.status = 'published')::int as review_upvotes,
           ${upvoteTotalsJson(sql`u.id`)} as upvotes,
           ${followCountsJson(sql`u.id`)} as follows,
           ${earnedBadgesJson(sql`u.id`)} as badges
      from users u
     where u.handle = ${handle.toLowerCase()} and u.deleted_at is null`);
  if (!row) return null;
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    image: row.image,
    createdAt: new Date(row.created_at),
    bio: row.bio,
    role: row.role,
    reviewCount: row.review_count,
    upvotesReceived: row.review_upvotes,
    upvotes: row.upvotes,
    follows: row.follows,
    topBadge: topOf(toEarnedBadges(row.badges)),
  };
}
