import 'server-only';

import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviews, users } from '@/db/schema';
import { excerpt, wordCount } from '@/lib/markdown/excerpt';

import type { ReviewCardData, ReviewDetail } from './types';

/** Enough of the body to make a card's excerpt without reading a 50,000-character essay. */
const EXCERPT_SOURCE_CHARS = 2_000;
export const SPOILER_EXCERPT = 'This review contains spoilers. Open it to read with spoilers hidden until you reveal them.';

export const cardColumns = {
  id: reviews.id,
  title: reviews.title,
  bodyStart: sql<string>`left(${reviews.body}, ${EXCERPT_SOURCE_CHARS})`,
  rating: reviews.rating,
  containsSpoilers: reviews.containsSpoilers,
  upvoteCount: reviews.upvoteCount,
  commentCount: reviews.commentCount,
  createdAt: reviews.createdAt,
  editedAt: reviews.editedAt,
  author: {
    handle: users.handle,
    displayName: users.displayName,
    image: users.image,
    createdAt: users.createdAt,
  },
  film: {
    slug: films.slug,
    title: films.title,
    year: films.year,
    posterPath: films.posterPath,
  },
};

export type CardRow = { bodyStart: string } & Omit<ReviewCardData, 'excerpt'>;

export function toCard({ bodyStart, ...row }: CardRow): ReviewCardData {
  return { ...row, excerpt: row.containsSpoilers ? SPOILER_EXCERPT : excerpt(bodyStart) };
}

export function selectCards(where: SQL | undefined) {
  return db
    .select(cardColumns)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.status, 'published'), where));
}

/** A position in a newest-first list: the last card shown. */
export interface ReviewCursor {
  createdAt: Date;
  id: number;
}

export function encodeCursor(card: Pick<ReviewCardData, 'createdAt' | 'id'>): string {
  return `${card.createdAt.getTime()}_${card.id}`;
}

export function decodeCursor(value: string | undefined): ReviewCursor | undefined {
  const match = value?.match(/^(\d{1,15})_(\d{1,10})$/);
  if (!match) return undefined;
  return { createdAt: new Date(Number(match[1])), id: Number(match[2]) };
}

/** Keyset condition: strictly after `cursor` in (createdAt desc, id desc) order. */
function olderThan(cursor: ReviewCursor | undefined) {
  if (!cursor) return undefined;
  return or(lt(reviews.createdAt, cursor.createdAt), and(eq(reviews.createdAt, cursor.createdAt), lt(reviews.id, cursor.id)));
}

export interface ReviewPage {
  reviews: ReviewCardData[];
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

async function page(where: SQL | undefined, limit: number, after: string | undefined): Promise<ReviewPage> {
  const rows = await selectCards(and(where, olderThan(decodeCursor(after))))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit + 1);
  const cards = rows.slice(0, limit).map(toCard);
  const last = cards.at(-1);
  return { reviews: cards, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** The newest reviews across Verdict, for the home feed. */
export function listLatestReviews(options: { limit?: number; after?: string } = {}): Promise<ReviewPage> {
  return page(undefined, options.limit ?? 20, options.after);
}

export function listFilmReviews(filmId: number, options: { limit?: number; after?: string } = {}): Promise<ReviewPage> {
  return page(eq(reviews.filmId, filmId), options.limit ?? 20, options.after);
}

export function listMemberReviews(authorId: string, options: { limit?: number; after?: string } = {}): Promise<ReviewPage> {
  return page(eq(reviews.authorId, authorId), options.limit ?? 20, options.after);
}

export async function getReviewDetail(id: number): Promise<ReviewDetail | null> {
  const [row] = await db
    .select({
      ...cardColumns,
      body: reviews.body,
      film: { ...cardColumns.film, country: films.country, originalTitle: films.originalTitle },
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, id), eq(reviews.status, 'published')))
    .limit(1);
  if (!row) return null;
  return { ...toCard(row), body: row.body, film: row.film, wordCount: wordCount(row.body) };
}
