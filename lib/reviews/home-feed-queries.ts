import 'server-only';

import { and, sql } from 'drizzle-orm';

import { reviews } from '@/db/schema';
import { notSilencedFor } from '@/lib/muting/filters';

import type { HomeFeedQuery, TopPeriod } from './params';
import { FEED_PAGE_SIZE, orderedReviews, toReviewPage } from './queries';
import type { ReviewPage } from './types';

/*
 * The home feed (`/`): Trending, New, Top within a period, and Following, in
 * the orders of lib/reviews/list-order.ts. Its URL is lib/reviews/params.ts's.
 */

const PERIOD_INTERVALS: Record<Exclude<TopPeriod, 'all'>, string> = {
  day: '1 day',
  week: '7 days',
  month: '1 month',
  year: '1 year',
};

/**
 * The query behind one page of the feed (exported so a test can EXPLAIN it).
 * Following is New narrowed to the authors `viewerId` follows; every tab
 * leaves out the authors they muted or blocked.
 */
export function feedSelect(query: HomeFeedQuery, limit: number, viewerId?: string) {
  const period =
    query.sort === 'top' && query.period !== 'all'
      ? sql`${reviews.createdAt} >= now() - ${PERIOD_INTERVALS[query.period]}::interval`
      : undefined;
  const followed =
    query.sort === 'following'
      ? sql`${reviews.authorId} in (select followed_id from follows where follower_id = ${viewerId ?? null})`
      : undefined;
  return orderedReviews(query.sort, and(period, followed, notSilencedFor(viewerId, reviews.authorId)), query.after, limit);
}

/** One page of the feed, as `viewerId` sees it: Following, and who they muted or blocked, depend on who is reading. */
export async function listHomeFeed(
  query: HomeFeedQuery,
  { limit = FEED_PAGE_SIZE, viewerId }: { limit?: number; viewerId?: string } = {},
): Promise<ReviewPage> {
  if (query.sort === 'following' && !viewerId) return { reviews: [], nextCursor: null };
  return toReviewPage(query.sort, await feedSelect(query, limit + 1, viewerId), limit);
}
