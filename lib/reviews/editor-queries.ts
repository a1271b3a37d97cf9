import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviews } from '@/db/schema';

export interface ReviewDraft {
  title: string;
  body: string;
  rating: number;
  containsSpoilers: boolean;
}

export interface ReviewEditorData {
  film: { id: number; slug: string; title: string; year: number; posterPath: string | null };
  /** The member's published review of this film, to edit; null to write a new one. */
  existing: (ReviewDraft & { id: number }) | null;
  /** True until the member has published any review: the editor shows its short guide. */
  firstReview: boolean;
}

/** What the review editor needs for one member and one film, in one query. */
export async function getReviewEditor(actor: { id: string }, filmSlug: string): Promise<ReviewEditorData | null> {
  const [row] = await db
    .select({
      film: { id: films.id, slug: films.slug, title: films.title, year: films.year, posterPath: films.posterPath },
      reviewId: reviews.id,
      title: reviews.title,
      body: reviews.body,
      rating: reviews.rating,
      containsSpoilers: reviews.containsSpoilers,
      publishedCount: sql<number>`(
        select count(*)::int from ${reviews} mine
        where mine.author_id = ${actor.id} and mine.status = 'published'
      )`,
    })
    .from(films)
    .leftJoin(reviews, and(eq(reviews.filmId, films.id), eq(reviews.authorId, actor.id), eq(reviews.status, 'published')))
    .where(eq(films.slug, filmSlug))
    .limit(1);
  if (!row) return null;
  const existing =
    row.reviewId !== null
      ? { id: row.reviewId, title: row.title!, body: row.body!, rating: row.rating!, containsSpoilers: row.containsSpoilers! }
      : null;
  return { film: row.film, existing, firstReview: row.publishedCount === 0 };
}

/** Whether saving now would edit an existing review rather than publish a new one. */
export async function hasPublishedReview(actor: { id: string }, filmSlug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(films.slug, filmSlug), eq(reviews.authorId, actor.id), eq(reviews.status, 'published')))
    .limit(1);
  return row !== undefined;
}
