import 'server-only';

import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';

import { reviews } from '@/db/schema';

import { type ReviewPage, selectCards, toCards } from './queries';

/**
 * The home feed, Hive-style. Trending orders by the stored hot score (see
 * lib/reviews/ranking.ts), New by publication, Top by upvotes within a period.
 * Each order is an index scan (reviews_hot_idx, reviews_created_at_idx,
 * reviews_top_idx) that stops after one page: keyset paging by (key, id), so
 * page 500 costs what page 1 costs and no review is shown twice or skipped
 * while the reader pages.
 */
export const FEED_SORTS = ['hot', 'new', 'top', 'following'] as const;
export type FeedSort = (typeof FEED_SORTS)[number];
export const TOP_PERIODS = ['day', 'week', 'month', 'year', 'all'] as const;
export type TopPeriod = (typeof TOP_PERIODS)[number];
export const DEFAULT_TOP_PERIOD: TopPeriod = 'week';
export const FEED_PAGE_SIZE = 20;

export interface FeedQuery {
  sort: FeedSort;
  /** Only for Top. */
  period: TopPeriod;
  after?: string;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// Each parameter falls back on its own: a bad one costs nothing else, and is never a 500.
const feedParamsSchema = z.object({
  sort: z.preprocess(first, z.enum(FEED_SORTS)).catch('hot'),
  t: z.preprocess(first, z.enum(TOP_PERIODS)).catch(DEFAULT_TOP_PERIOD),
  after: z.preprocess(first, z.string().max(80).optional()).catch(undefined),
});

export function parseFeedQuery(searchParams: Record<string, string | string[] | undefined>): FeedQuery {
  const { sort, t, after } = feedParamsSchema.parse(searchParams);
  return { sort, period: t, after: after || undefined };
}

/** The feed's URL (`/?sort=top&t=month`), defaults left out so each view has one address. */
export function feedHref(query: Partial<FeedQuery>): string {
  const params = new URLSearchParams();
  if (query.sort && query.sort !== 'hot') params.set('sort', query.sort);
  if (query.sort === 'top' && query.period) params.set('t', query.period);
  if (query.after) params.set('after', query.after);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

const PERIOD_INTERVALS: Record<Exclude<TopPeriod, 'all'>, string> = {
  day: '1 day',
  week: '7 days',
  month: '1 month',
  year: '1 year',
};

const MAX_ID = 2_147_483_647;

interface FeedOrder {
  /** The sort key as SQL, and as exact cursor text in the select. */
  key: SQL;
  keyText: SQL<string>;
  /** Cursor text back as a value to compare with; null when it is not one. */
  keyValue: (text: string) => SQL | null;
}

const NEWEST_FIRST: FeedOrder = {
  key: sql`${reviews.createdAt}`,
  // Microseconds since the epoch: exact, where a JavaScript Date would round to the millisecond.
  keyText: sql<string>`(extract(epoch from ${reviews.createdAt}) * 1000000)::bigint::text`,
  keyValue: (text) =>
    /^-?\d{1,17}$/.test(text) ? sql`(timestamptz 'epoch' + ${text}::bigint * interval '1 microsecond')` : null,
};

const FEED_ORDERS: Record<FeedSort, FeedOrder> = {
  hot: {
    key: sql`${reviews.hotScore}`,
    // float8 prints the shortest text that reads back as the same bits (PostgreSQL 12+).
    keyText: sql<string>`${reviews.hotScore}::text`,
    keyValue: (text) => (/^-?\d+(\.\d+)?(e[-+]?\d+)?$/.test(text) && Number.isFinite(Number(text)) ? sql`${text}::float8` : null),
  },
  new: NEWEST_FIRST,
  // Following is the newest reviews by the people one follows.
  following: NEWEST_FIRST,
  top: {
    key: sql`${reviews.upvoteCount}`,
    keyText: sql<string>`${reviews.upvoteCount}::text`,
    keyValue: (text) => (/^\d{1,10}$/.test(text) && Number(text) <= MAX_ID ? sql`${Number(text)}::int` : null),
  },
};

/** Rows strictly after the cursor in (key desc, id desc) order; undefined (the first page) for a cursor that is not one. */
function afterCursor(sort: FeedSort, cursor: string | undefined): SQL | undefined {
  const match = cursor?.match(/^([a-z]+)_(.+)_(\d{1,10})$/);
  if (!match || match[1] !== sort) return undefined;
  const order = FEED_ORDERS[sort];
  const key = order.keyValue(match[2]!);
  const id = Number(match[3]);
  if (!key || id > MAX_ID) return undefined;
  // A row comparison, which the (key desc, id desc) index answers directly.
  return sql`(${order.key}, ${reviews.id}) < (${key}, ${id})`;
}

/** One keyset page of published reviews matching `where`, in one of the feed's orders. */
export function orderedReviews(sort: FeedSort, where: SQL | undefined, after: string | undefined, limit: number) {
  const order = FEED_ORDERS[sort];
  return selectCards(and(where, afterCursor(sort, after)), { sortKey: order.keyText })
    .orderBy(desc(order.key), desc(reviews.id))
    .limit(limit);
}

/** The rows of `orderedReviews` (fetched with one extra) as a page of cards with the next cursor. */
export async function toReviewPage(
  sort: FeedSort,
  rows: Awaited<ReturnType<typeof orderedReviews>>,
  limit: number,
): Promise<ReviewPage> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    reviews: await toCards(page.map(({ sortKey: _sortKey, ...row }) => row)),
    nextCursor: rows.length > limit && last ? `${sort}_${last.sortKey}_${last.id}` : null,
  };
}

/**
 * The query behind one page of the feed (exported so a test can EXPLAIN it).
 * Following is New narrowed to the authors `viewerId` follows.
 */
export function feedSelect(query: FeedQuery, limit: number, viewerId?: string) {
  const period =
    query.sort === 'top' && query.period !== 'all'
      ? sql`${reviews.createdAt} >= now() - ${PERIOD_INTERVALS[query.period]}::interval`
      : undefined;
  const followed =
    query.sort === 'following'
      ? sql`${reviews.authorId} in (select followed_id from follows where follower_id = ${viewerId ?? null})`
      : undefined;
  return orderedReviews(query.sort, and(period, followed), query.after, limit);
}

/** One page of the feed, as `viewerId` sees it (only Following depends on who is reading). */
export async function listFeed(
  query: FeedQuery,
  { limit = FEED_PAGE_SIZE, viewerId }: { limit?: number; viewerId?: string } = {},
): Promise<ReviewPage> {
  if (query.sort === 'following' && !viewerId) return { reviews: [], nextCursor: null };
  return toReviewPage(query.sort, await feedSelect(query, limit + 1, viewerId), limit);
}

export const MEMBER_REVIEW_SORTS = ['new', 'top'] as const;
export type MemberReviewSort = (typeof MEMBER_REVIEW_SORTS)[number];

/** A member's published reviews for their profile, newest or most upvoted first. */
export async function listMemberReviewPage(
  authorId: string,
  { sort, after, limit = FEED_PAGE_SIZE }: { sort: MemberReviewSort; after?: string; limit?: number },
): Promise<ReviewPage> {
  return toReviewPage(sort, await orderedReviews(sort, eq(reviews.authorId, authorId), after, limit + 1), limit);
}

/** The newest published reviews, across Verdict or of one film or one member (feeds out read these). */
export async function listNewestReviews(
  scope: { filmId?: number; authorId?: string },
  { limit = FEED_PAGE_SIZE }: { limit?: number } = {},
): Promise<ReviewPage> {
  const where = and(
    scope.filmId !== undefined ? eq(reviews.filmId, scope.filmId) : undefined,
    scope.authorId !== undefined ? eq(reviews.authorId, scope.authorId) : undefined,
  );
  return toReviewPage('new', await orderedReviews('new', where, undefined, limit + 1), limit);
}
