import 'server-only';

import { and, desc, eq, sql, type SQL } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { films, reviews, users } from '@/db/schema';
import { earnedBadgesJson, toEarnedBadges, topOf } from '@/lib/badges/queries';
import { memberExcerpt, memberWordCount } from '@/lib/markdown/rendered';
import { memberSummaryColumns } from '@/lib/members/queries';

import { afterCursor, LIST_ORDERS } from './list-order';
import type { FeedSort, MemberReviewSort } from './params';
import type { ReviewCardData, ReviewDetail, ReviewPage } from './types';

export const FEED_PAGE_SIZE = 20;

/** Enough of the body to make a card's excerpt without reading a 50,000-character essay. */
const EXCERPT_SOURCE_CHARS = 2_000;
export const SPOILER_EXCERPT = 'This review contains spoilers. Open it to read with spoilers hidden until you reveal them.';

const cardColumns = {
  id: reviews.id,
  title: reviews.title,
  bodyStart: sql<string>`left(${reviews.body}, ${EXCERPT_SOURCE_CHARS})`,
  rating: reviews.rating,
  containsSpoilers: reviews.containsSpoilers,
  upvoteCount: reviews.upvoteCount,
  commentCount: reviews.commentCount,
  createdAt: reviews.createdAt,
  editedAt: reviews.editedAt,
  author: memberSummaryColumns,
  film: {
    slug: films.slug,
    title: films.title,
    year: films.year,
    posterPath: films.posterPath,
  },
};

type CardRow = { bodyStart: string } & Omit<ReviewCardData, 'excerpt'>;

/**
 * A card from its row. The excerpt comes from the render worker, which
 * remembers each text: every list shows the same reviews to every reader, so
 * each is parsed once per process.
 */
export async function toCard({ bodyStart, ...row }: CardRow): Promise<ReviewCardData> {
  return { ...row, excerpt: row.containsSpoilers ? SPOILER_EXCERPT : await memberExcerpt(bodyStart) };
}

export function toCards(rows: readonly CardRow[]): Promise<ReviewCardData[]> {
  return Promise.all(rows.map(toCard));
}

/** Published reviews as card rows, with any extra columns a list needs (a keyset sort key, say). */
export function selectCards<Extra extends Record<string, SQL.Aliased | SQL>>(
  where: SQL | undefined,
  extra: Extra = {} as Extra,
  from: Executor = db,
) {
  return from
    .select({ ...cardColumns, ...extra })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.status, 'published'), where));
}

export async function getReviewDetail(id: number): Promise<ReviewDetail | null> {
  const [row] = await db
    .select({
      ...cardColumns,
      body: reviews.body,
      film: { ...cardColumns.film, country: films.country, originalTitle: films.originalTitle },
      authorBadges: earnedBadgesJson(sql`${users.id}`),
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, id), eq(reviews.status, 'published')))
    .limit(1);
  if (!row) return null;
  const { authorBadges, ...card } = row;
  const [cardData, wordCount] = await Promise.all([toCard(card), memberWordCount(row.body)]);
  return {
    ...cardData,
    body: row.body,
    film: row.film,
    author: { ...row.author, topBadge: topOf(toEarnedBadges(authorBadges)) },
    wordCount,
  };
}

/** One keyset page of published reviews matching `where`, in one of the feed's orders. */
export function orderedReviews(sort: FeedSort, where: SQL | undefined, after: string | undefined, limit: number) {
  const order = LIST_ORDERS[sort];
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

/** A member's published reviews for their profile, newest or most upvoted first. */
export async function listMemberReviewPage(
  authorId: string,
  { sort, after, limit = FEED_PAGE_SIZE }: { sort: MemberReviewSort; after?: string; limit?: number },
): Promise<ReviewPage> {
  return toReviewPage(sort, await orderedReviews(sort, eq(reviews.authorId, authorId), after, limit + 1), limit);
}

/** The newest published reviews, across Verdict or of one film or one member (the Atom feeds read these). */
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
