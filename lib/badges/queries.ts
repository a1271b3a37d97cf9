import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

import { readCounts } from './counts';
import { type BadgeCount, LADDERS, type Ladder, nextTier, tierTitle } from './ladders';

export interface EarnedTier {
  tier: number;
  awardedAt: Date;
}

export interface BoardLadder {
  key: string;
  name: string;
  category: Ladder['category'];
  howTo: string;
  tiers: readonly number[];
  earned: EarnedTier[];
  count: number;
  /** The next tier to reach, or null at the top. */
  next: number | null;
}

type EarnedBadge = { key: string; tier: number; awardedAt: Date };

/** A member's badges as one JSON array of {key, tier, awardedAt}, for a statement that reads more about them. */
export function earnedBadgesJson(memberId: SQL): SQL<Array<{ key: string; tier: number; awardedAt: string }>> {
  return sql`(select coalesce(json_agg(json_build_object('key', badge_key, 'tier', tier, 'awardedAt', awarded_at)
                order by awarded_at, badge_key, tier), '[]'::json)
               from user_badges where user_id = ${memberId})`;
}

/** The JSON form back as badges. */
export function toEarnedBadges(rows: Array<{ key: string; tier: number; awardedAt: string }>): EarnedBadge[] {
  return rows.map((row) => ({ key: row.key, tier: row.tier, awardedAt: new Date(row.awardedAt) }));
}

async function earnedBadges(memberId: string): Promise<EarnedBadge[]> {
  const [row] = await db.execute<{ badges: Array<{ key: string; tier: number; awardedAt: string }> }>(
    sql`select ${earnedBadgesJson(sql`${memberId}::uuid`)} as badges`,
  );
  return toEarnedBadges(row?.badges ?? []);
}

/** Every ladder as this member stands on it: tiers earned with dates, their count and the next target. */
export async function getBadgeBoard(memberId: string): Promise<BoardLadder[]> {
  const [earned, counts] = await Promise.all([
    earnedBadges(memberId),
    readCounts(db, memberId, [...new Set(LADDERS.map((ladder) => ladder.count))] as BadgeCount[]),
  ]);
  return LADDERS.map((ladder) => {
    const mine = earned.filter((badge) => badge.key === ladder.key).map(({ tier, awardedAt }) => ({ tier, awardedAt }));
    const highest = mine.reduce((top, badge) => Math.max(top, badge.tier), 0);
    return {
      key: ladder.key,
      name: ladder.name,
      category: ladder.category,
      howTo: ladder.howTo,
      tiers: ladder.tiers,
      earned: mine,
      count: counts[ladder.count] ?? 0,
      next: nextTier(ladder, highest) ?? null,
    };
  });
}

export interface TopBadge {
  key: string;
  tier: number;
  title: string;
  category: Ladder['category'];
  level: number;
}

/**
 * The member's most distinguished badge, for a chip beside their name: the
 * highest rung reached on any ladder (relative to its length), newest first.
 */
export async function getTopBadge(memberId: string): Promise<TopBadge | null> {
  return topOf(await earnedBadges(memberId));
}

/** The most distinguished of these badges (see getTopBadge). */
export function topOf(earned: EarnedBadge[]): TopBadge | null {
  let best: (TopBadge & { score: number; awardedAt: Date }) | null = null;
  for (const badge of earned) {
    const ladder = LADDERS.find((candidate) => candidate.key === badge.key);
    if (!ladder) continue;
    const level = ladder.tiers.indexOf(badge.tier);
    const score = (level + 1) / ladder.tiers.length + (ladder.tiers.length > 1 ? level : 0);
    if (!best || score > best.score || (score === best.score && badge.awardedAt > best.awardedAt)) {
      best = {
        key: badge.key,
        tier: badge.tier,
        title: tierTitle(ladder, badge.tier),
        category: ladder.category,
        level,
        score,
        awardedAt: badge.awardedAt,
      };
    }
  }
  return best && { key: best.key, tier: best.tier, title: best.title, category: best.category, level: best.level };
}

/** How many members hold each tier of each badge. */
export async function getHolderCounts(): Promise<Map<string, number>> {
  const rows = await db.execute<{ badge_key: string; tier: number; holders: number }>(sql`
    select badge_key, tier, count(*)::int as holders from user_badges group by badge_key, tier`);
  return new Map(rows.map((row) => [`${row.badge_key}:${row.tier}`, row.holders]));
}

export interface BadgeHolder {
  handle: string;
  displayName: string;
  image: string | null;
  createdAt: Date;
  tier: number;
  awardedAt: Date;
}

/** The members who most recently earned a badge (any tier), newest first. */
export async function listRecentHolders(key: string, limit = 50): Promise<BadgeHolder[]> {
  const rows = await db.execute<{
    handle: string;
    display_name: string;
    image: string | null;
    created_at: Date;
    tier: number;
    awarded_at: Date;
  }>(sql`
    select u.handle, u.display_name, u.image, u.created_at, b.tier, b.awarded_at
      from user_badges b join users u on u.id = b.user_id
     where b.badge_key = ${key} and u.deleted_at is null
     order by b.awarded_at desc, b.tier desc
     limit ${limit}`);
  return rows.map((row) => ({
    handle: row.handle,
    displayName: row.display_name,
    image: row.image,
    createdAt: new Date(row.created_at),
    tier: row.tier,
    awardedAt: new Date(row.awarded_at),
  }));
}
