import 'server-only';

import { and, eq, sql, type SQL } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { earnedBadgesJson, toEarnedBadges, topOf } from '@/lib/badges/queries';
import { films, reviews, users } from '@/db/schema';
import { userExcerpt, userWordCount } from '@/lib/markdown/rendered';

import type { ReviewCardData, ReviewDetail } from './types';

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

type CardRow = { bodyStart: string } & Omit<ReviewCardData, 'excerpt'>;

/**
 * A card from its row. The excerpt comes from the render worker, which
 * remembers each text: every list shows the same reviews to every reader, so
 * each is parsed once per process.
 */
export async function toCard({ bodyStart, ...row }: CardRow): Promise<ReviewCardData> {
  return { ...row, excerpt: row.containsSpoilers ? SPOILER_EXCERPT : await userExcerpt(bodyStart) };
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

export interface ReviewPage {
  reviews: ReviewCardData[];
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
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
  const [cardData, wordCount] = await Promise.all([toCard(card), userWordCount(row.body)]);
  return {
    ...cardData,
    body: row.body,
    film: row.film,
    author: { ...row.author, topBadge: topOf(toEarnedBadges(authorBadges)) },
    wordCount,
  };
}
