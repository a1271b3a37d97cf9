import { z } from 'zod';

import { firstParam } from '@/lib/url/search-params';

/** The leaderboard's URL (`/leaderboard?by=reviews&t=month`): what it ranks by, and over what period. Pure. */
export const LEADERBOARD_METRICS = ['upvotes', 'reviews', 'badges'] as const;
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];
export const LEADERBOARD_PERIODS = ['week', 'month', 'all'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

const leaderboardParamsSchema = z.object({
  by: z.preprocess(firstParam, z.enum(LEADERBOARD_METRICS)).catch('upvotes'),
  t: z.preprocess(firstParam, z.enum(LEADERBOARD_PERIODS)).catch('week'),
});

export function parseLeaderboardQuery(searchParams: Record<string, string | string[] | undefined>) {
  const { by, t } = leaderboardParamsSchema.parse(searchParams);
  return { metric: by, period: t };
}
