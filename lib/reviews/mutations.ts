import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';
import { films, reviewRevisions, reviews } from '@/db/schema';
import { checkBadges } from '@/lib/badges/award';
import type { BadgeCount } from '@/lib/badges/ladders';
import { searchableText } from '@/lib/markdown/search-text';
import type { ReviewInput } from '@/lib/validation/review';

/** What publishing a review can earn, checked in the publishing transaction. */
const PUBLISHING_BADGES: BadgeCount[] = ['reviews-published', 'first-verdicts', 'remake-families', 'countries-reviewed', 'years-member'];

export type SaveReviewResult =
  | { ok: true; reviewId: number; outcome: 'published' | 'edited' | 'unchanged' }
  | { ok: false; reason: 'film-not-found' };

/**
 * Publishes the actor's review of a film, or saves their edit of it: one
 * review per member per film, so the pair (film, actor) finds it and nobody
 * can reach another member's review through here. A changed save adds a
 * revision and marks the review edited; an identical one (a double submit)
 * changes nothing. One transaction, so the review and its history never
 * disagree.
 */
export async function saveReview(actor: { id: string }, filmSlug: string, input: ReviewInput): Promise<SaveReviewResult> {
  // Derived before the transaction: parsing holds no lock, and search reads it with the body it came from.
  const searchText = searchableText(input.body);
  return db.transaction(async (tx) => {
    const [film] = await tx.select({ id: films.id }).from(films).where(eq(films.slug, filmSlug)).limit(1);
    if (!film) return { ok: false, reason: 'film-not-found' };

    // Insert-or-lock: concurrent first saves by the same member meet on the
    // unique (film, author) key and the loser continues as an edit.
    const [created] = await tx
      .insert(reviews)
      .values({ filmId: film.id, authorId: actor.id, ...input, searchText })
      .onConflictDoNothing({ target: [reviews.filmId, reviews.authorId] })
      .returning({ id: reviews.id });
    if (created) {
      await addRevision(tx, created.id, 1, input);
      await checkBadges(tx, actor.id, PUBLISHING_BADGES);
      return { ok: true, reviewId: created.id, outcome: 'published' };
    }

    const [existing] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.filmId, film.id), eq(reviews.authorId, actor.id)))
      .for('update');
    if (!existing) throw new Error('A review that conflicted on insert has vanished');

    const deleted = existing.status === 'deleted';
    const unchanged =
      existing.title === input.title &&
      existing.body === input.body &&
      existing.rating === input.rating &&
      existing.containsSpoilers === input.containsSpoilers;
    if (unchanged && !deleted) return { ok: true, reviewId: existing.id, outcome: 'unchanged' };

    // Writing again after deleting republishes the same review, history and all.
    await tx
      .update(reviews)
      .set({ ...input, searchText, status: 'published', editedAt: deleted ? existing.editedAt : sql`now()` })
      .where(eq(reviews.id, existing.id));
    const [latest] = await tx
      .select({ version: sql<number>`coalesce(max(${reviewRevisions.version}), 0)::int` })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, existing.id));
    await addRevision(tx, existing.id, (latest?.version ?? 0) + 1, input);
    // An edit can make a well-upvoted review a long read.
    await checkBadges(tx, actor.id, deleted ? [...PUBLISHING_BADGES, 'long-reads'] : ['long-reads']);
    return { ok: true, reviewId: existing.id, outcome: deleted ? 'published' : 'edited' };
  });
}

function addRevision(tx: Transaction, reviewId: number, version: number, input: ReviewInput) {
  return tx.insert(reviewRevisions).values({ reviewId, version, ...input });
}

export type DeleteReviewResult = { ok: true; filmSlug: string } | { ok: false; reason: 'not-found' };

/**
 * Soft-deletes the actor's own review. The permission is the WHERE clause: a
 * review id that is not the actor's matches nothing, exactly like one that
 * does not exist. Votes, comments and history stay with the row (a republish
 * restores them); every count and average reads published reviews only.
 */
export async function deleteReview(actor: { id: string }, reviewId: number): Promise<DeleteReviewResult> {
  const [deleted] = await db
    .update(reviews)
    .set({ status: 'deleted' })
    .from(films)
    .where(
      and(
        eq(reviews.id, reviewId),
        eq(reviews.authorId, actor.id),
        eq(reviews.status, 'published'),
        eq(films.id, reviews.filmId),
      ),
    )
    .returning({ filmSlug: films.slug });
  return deleted ? { ok: true, filmSlug: deleted.filmSlug } : { ok: false, reason: 'not-found' };
}
