import 'server-only';

import { and, asc, desc, eq, gt, gte, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';

import { films, reviews } from '@/db/schema';
import { notSilencedFor } from '@/lib/muting/filters';

import type { FilmReviewQuery, FilmReviewSort } from './params';
import { selectCards, toCards } from './queries';
import { hotScoreSql } from './ranking';
import type { ReviewCardData, ReviewPage } from './types';

export const FILM_REVIEWS_PAGE_SIZE = 10;

/**
 * Cards carry times as JavaScript Dates, which stop at the millisecond while
 * PostgreSQL keeps microseconds. Ordering by the millisecond lets a cursor made
 * from a card compare exactly with the rows; reviews in the same millisecond
 * are ties, which the id breaks.
 */
const createdAtMs = sql`date_trunc('milliseconds', ${reviews.createdAt})`;
const atMs = (ms: string) => sql`(timestamptz 'epoch' + ${ms}::bigint * interval '1 millisecond')`;

const MAX_INT = 2_147_483_647;
const isInt = (text: string, min: number, max: number) => /^\d{1,10}$/.test(text) && Number(text) >= min && Number(text) <= max;
const MS_PATTERN = /^\d{1,13}$/;

/**
 * One way to order a film's reviews. Every order ends with the id, highest
 * first, so ties always fall the same way and a cursor names one position.
 */
interface SortOrder {
  key: SQL;
  ascending: boolean;
  /** A card's key as cursor text, exactly. */
  cursorKey: (card: ReviewCardData) => string;
  /** Cursor text back as a value to compare the key with; null when it is not one. */
  keyValue: (text: string) => SQL | null;
}

const integerOrder = (
  key: SQL,
  ascending: boolean,
  read: (card: ReviewCardData) => number,
  min: number,
  max: number,
): SortOrder => ({
  key,
  ascending,
  cursorKey: (card) => String(read(card)),
  keyValue: (text) => (isInt(text, min, max) ? sql`${Number(text)}::int` : null),
});

const SORT_ORDERS: Record<FilmReviewSort, SortOrder> = {
  top: integerOrder(sql`${reviews.upvoteCount}`, false, (card) => card.upvoteCount, 0, MAX_INT),
  hot: {
    key: hotScoreSql(reviews.upvoteCount, createdAtMs),
    ascending: false,
    // The score's inputs rather than the float itself: recomputing it from them
    // in SQL gives the same bits, whatever the server's float output settings.
    cursorKey: (card) => `${card.upvoteCount}.${card.createdAt.getTime()}`,
    keyValue: (text) => {
      const [, upvotes = '', ms = ''] = /^(\d+)\.(\d+)$/.exec(text) ?? [];
      return isInt(upvotes, 0, MAX_INT) && MS_PATTERN.test(ms) ? hotScoreSql(sql`${Number(upvotes)}::int`, atMs(ms)) : null;
    },
  },
  new: {
    key: createdAtMs,
    ascending: false,
    cursorKey: (card) => String(card.createdAt.getTime()),
    keyValue: (text) => (MS_PATTERN.test(text) ? atMs(text) : null),
  },
  'rating-desc': integerOrder(sql`${reviews.rating}`, false, (card) => card.rating, 1, 10),
  'rating-asc': integerOrder(sql`${reviews.rating}`, true, (card) => card.rating, 1, 10),
};

/** `sort_key_id`: the sort is part of the cursor, so one from another order is ignored, not misread. */
function encodeCursor(sort: FilmReviewSort, card: ReviewCardData): string {
  return `${sort}_${SORT_ORDERS[sort].cursorKey(card)}_${card.id}`;
}

/** The rows strictly after the cursor, or undefined (the first page) when the cursor is not a valid one. */
function afterCursor(sort: FilmReviewSort, cursor: string | undefined): SQL | undefined {
  const [tag, keyText, idText, ...rest] = cursor?.split('_') ?? [];
  if (tag !== sort || keyText === undefined || idText === undefined || rest.length > 0 || !isInt(idText, 1, MAX_INT))
    return undefined;
  const order = SORT_ORDERS[sort];
  const key = order.keyValue(keyText);
  if (!key) return undefined;
  const id = Number(idText);
  return or(order.ascending ? gt(order.key, key) : lt(order.key, key), and(eq(order.key, key), lt(reviews.id, id)));
}

function orderBy(order: SortOrder) {
  return [order.ascending ? asc(order.key) : desc(order.key), desc(reviews.id)];
}

/**
 * The statement behind a page of a film's reviews (one row more than the
 * page, to know whether another follows). Top (the default) and highest
 * rated first are read through the (film_id, key, id) indexes, a page at a
 * time however many reviews the film has; tests/integration/film-reviews.test.ts
 * checks the plans.
 */
export function filmReviewPageSelect(filmId: number, query: FilmReviewQuery, limit: number, viewerId?: string) {
  return selectCards(
    and(
      eq(reviews.filmId, filmId),
      notSilencedFor(viewerId, reviews.authorId),
      query.hideSpoilers ? eq(reviews.containsSpoilers, false) : undefined,
      query.minRating !== undefined ? gte(reviews.rating, query.minRating) : undefined,
      query.maxRating !== undefined ? lte(reviews.rating, query.maxRating) : undefined,
      afterCursor(query.sort, query.after),
    ),
  )
    .orderBy(...orderBy(SORT_ORDERS[query.sort]))
    .limit(limit + 1);
}

/** One page of a film's published reviews, sorted and filtered as the reader (`viewerId`, if signed in) asked. */
export async function listFilmReviewPage(
  filmId: number,
  query: FilmReviewQuery,
  { limit = FILM_REVIEWS_PAGE_SIZE, viewerId }: { limit?: number; viewerId?: string } = {},
): Promise<ReviewPage> {
  const rows = await filmReviewPageSelect(filmId, query, limit, viewerId);
  const cards = await toCards(rows.slice(0, limit));
  const last = cards.at(-1);
  return { reviews: cards, nextCursor: rows.length > limit && last ? encodeCursor(query.sort, last) : null };
}

/**
 * The other published reviews of the film this review is about, most
 * upvoted first, for the foot of a review page. Asked by the review's id, so
 * the page can ask it at the same time as the review itself. Authors the
 * reader muted or blocked are left out.
 */
export async function listOtherReviewsOfFilm(reviewId: number, limit = 4, viewerId?: string): Promise<ReviewCardData[]> {
  const rows = await selectCards(
    and(
      sql`${films.id} = (select film_id from reviews where id = ${reviewId})`,
      ne(reviews.id, reviewId),
      notSilencedFor(viewerId, reviews.authorId),
    ),
  )
    .orderBy(...orderBy(SORT_ORDERS.top))
    .limit(limit);
  return toCards(rows);
}
