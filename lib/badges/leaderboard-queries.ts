import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

import type { LeaderboardMetric, LeaderboardPeriod } from './params';

const SINCE: Record<LeaderboardPeriod, SQL> = {
  week: sql`now() - interval '7 days'`,
  month: sql`now() - interval '1 month'`,
  all: sql`'-infinity'::timestamptz`,
};

/** Each member's score for the metric within the period, as (user_id, score) rows with score > 0. */
function scores(metric: LeaderboardMetric, period: LeaderboardPeriod): SQL {
  const since = SINCE[period];
  switch (metric) {
    case 'upvotes':
      return period === 'all'
        ? sql`select id as user_id, upvotes_received as score from users where upvotes_received > 0`
        : sql`select author_id as user_id, count(*)::int as score from (
                select r.author_id from review_votes v join reviews r on r.id = v.review_id where v.created_at >= ${since}
                union all
                select c.author_id from comment_votes v join comments c on c.id = v.comment_id
                 where v.created_at >= ${since} and c.author_id is not null) received
              group by author_id`;
    case 'reviews':
      return sql`select author_id as user_id, count(*)::int as score from reviews
                  where status = 'published' and created_at >= ${since} group by author_id`;
    case 'badges':
      return sql`select user_id, count(*)::int as score from user_badges where awarded_at >= ${since} group by user_id`;
  }
}

export interface LeaderboardRow {
  rank: number;
  handle: string;
  displayName: string;
  image: string | null;
  createdAt: Date;
  score: number;
}

export interface Leaderboard {
  rows: LeaderboardRow[];
  /** Where the viewer stands, when signed in: their rank among all members with a score, or null with none. */
  viewer: { rank: number | null; score: number } | null;
}

/** The top members by a metric within a period (ties share a rank), and the viewer's own standing. */
export async function getLeaderboard(
  metric: LeaderboardMetric,
  period: LeaderboardPeriod,
  viewerId?: string,
  limit = 50,
): Promise<Leaderboard> {
  const ranked = sql`
    select s.user_id, s.score, rank() over (order by s.score desc)::int as rank
      from (${scores(metric, period)}) s join users u on u.id = s.user_id
     where u.deleted_at is null and s.score > 0`;
  const [rows, mine] = await Promise.all([
    db.execute<{ rank: number; handle: string; display_name: string; image: string | null; created_at: Date; score: number }>(sql`
      select r.rank, u.handle, u.display_name, u.image, u.created_at, r.score
        from (${ranked}) r join users u on u.id = r.user_id
       order by r.rank, u.handle
       limit ${limit}`),
    viewerId
      ? db.execute<{ rank: number; score: number }>(sql`select rank, score from (${ranked}) r where r.user_id = ${viewerId}`)
      : Promise.resolve(null),
  ]);
  return {
    rows: rows.map((row) => ({
      rank: row.rank,
      handle: row.handle,
      displayName: row.display_name,
      image: row.image,
      createdAt: new Date(row.created_at),
      score: row.score,
    })),
    viewer: mine === null ? null : mine[0] ? { rank: mine[0].rank, score: mine[0].score } : { rank: null, score: 0 },
  };
}
