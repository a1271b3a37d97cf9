import 'server-only';

import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';

import { db, type Transaction } from '@/db';
import { films, reviewRevisions, reviews } from '@/db/schema';
import { queueFollowerMail } from '@/db/mail-notices';
import { checkBadges } from '@/lib/badges/mutations';
import type { BadgeCount } from '@/lib/badges/ladders';
import { searchableText } from '@/lib/markdown/search-text';
import { diffRevisions, type RevisionFields } from '@/lib/reviews/diff';
import { KEPT_LATEST_VERSIONS } from '@/lib/reviews/history-queries';
import type { ReviewInput } from '@/lib/validation/review';

/** What publishing a review can earn, checked in the publishing transaction. */
const PUBLISHING_BADGES: BadgeCount[] = [
  'reviews-published',
  'first-verdicts',
  'remake-families',
  'countries-reviewed',
  'years-member',
];

export type SaveReviewResult =
  { ok: true; reviewId: number; outcome: 'published' | 'edited' | 'unchanged' } | { ok: false; reason: 'film-not-found' };

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
      await addRevision(tx, created.id, { version: 1, fields: input, previous: null });
      await checkBadges(tx, actor.id, PUBLISHING_BADGES);
      await queueFollowerMail(tx, { authorId: actor.id, reviewId: created.id });
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
    // The review row always equals its latest revision, so it is the version this one is compared with.
    const since = latest?.version ?? 0;
    await addRevision(tx, existing.id, {
      version: since + 1,
      fields: input,
      previous: since > 0 ? { version: since, fields: existing } : null,
    });
    // An edit can make a well-upvoted review a long read.
    await checkBadges(tx, actor.id, deleted ? [...PUBLISHING_BADGES, 'long-reads'] : ['long-reads']);
    return { ok: true, reviewId: existing.id, outcome: deleted ? 'published' : 'edited' };
  });
}

/** What a revision's diff compares. */
const revisionFields = {
  title: reviewRevisions.title,
  body: reviewRevisions.body,
  rating: reviewRevisions.rating,
  containsSpoilers: reviewRevisions.containsSpoilers,
};

interface NewRevision {
  version: number;
  fields: RevisionFields;
  previous: { version: number; fields: RevisionFields } | null;
}

/**
 * Adds a version with its changes, diffed here once (capped, lib/reviews/diff.ts)
 * so that reading the history never diffs. Keeps the first version and the
 * latest {@link KEPT_LATEST_VERSIONS}: a review edited hundreds of times stays
 * a bounded number of rows, and the oldest version kept after the first is
 * re-diffed against the first, so every shown change is still true.
 */
async function addRevision(tx: Transaction, reviewId: number, { version, fields, previous }: NewRevision) {
  const { title, body, rating, containsSpoilers } = fields;
  const changes = previous ? diffRevisions(previous.fields, fields, previous.version) : null;
  await tx.insert(reviewRevisions).values({ reviewId, version, title, body, rating, containsSpoilers, changes });
  if (version > KEPT_LATEST_VERSIONS + 1) await foldOldVersions(tx, reviewId, version - KEPT_LATEST_VERSIONS);
}

/** Deletes the versions after the first up to `through`, and re-diffs the next kept one against the first. */
async function foldOldVersions(tx: Transaction, reviewId: number, through: number) {
  const [first] = await tx
    .select({ version: reviewRevisions.version, ...revisionFields })
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(asc(reviewRevisions.version))
    .limit(1);
  if (!first) return;
  const folded = await tx
    .delete(reviewRevisions)
    .where(
      and(
        eq(reviewRevisions.reviewId, reviewId),
        gt(reviewRevisions.version, first.version),
        lte(reviewRevisions.version, through),
      ),
    )
    .returning({ version: reviewRevisions.version });
  if (folded.length === 0) return;
  const [next] = await tx
    .select({ id: reviewRevisions.id, ...revisionFields })
    .from(reviewRevisions)
    .where(and(eq(reviewRevisions.reviewId, reviewId), gt(reviewRevisions.version, first.version)))
    .orderBy(asc(reviewRevisions.version))
    .limit(1);
  if (next) {
    await tx
      .update(reviewRevisions)
      .set({ changes: diffRevisions(first, next, first.version) })
      .where(eq(reviewRevisions.id, next.id));
  }
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
