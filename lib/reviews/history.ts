import 'server-only';

import { and, desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviewRevisions, reviews, users } from '@/db/schema';

import { diffRevisions, type RevisionDiff, type RevisionFields } from './diff';

export interface RevisionView extends RevisionFields {
  version: number;
  savedAt: Date;
  /** What changed since the version before; null for the first version. */
  changes: RevisionDiff | null;
}

export interface ReviewHistory {
  review: { id: number; title: string; authorHandle: string; authorName: string; filmTitle: string; filmYear: number };
  /** Newest first. */
  revisions: RevisionView[];
}

/** Every saved version of a published review, newest first, each with its changes. */
export async function getReviewHistory(reviewId: number): Promise<ReviewHistory | null> {
  const [review] = await db
    .select({
      id: reviews.id,
      title: reviews.title,
      authorHandle: users.handle,
      authorName: users.displayName,
      filmTitle: films.title,
      filmYear: films.year,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, 'published')))
    .limit(1);
  if (!review) return null;

  const rows = await db
    .select({
      version: reviewRevisions.version,
      savedAt: reviewRevisions.createdAt,
      title: reviewRevisions.title,
      body: reviewRevisions.body,
      rating: reviewRevisions.rating,
      containsSpoilers: reviewRevisions.containsSpoilers,
    })
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(desc(reviewRevisions.version));

  const revisions = rows.map((row, index) => {
    const previous = rows[index + 1];
    return { ...row, changes: previous ? diffRevisions(previous, row) : null };
  });
  return { review, revisions };
}
