import 'server-only';

import { and, desc, eq, lt, sql } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviewRevisions, reviews, users } from '@/db/schema';

import { diffRevisions, type RevisionChanges, type RevisionFields } from './diff';

/**
 * The public history of a review, read a page at a time. Each version's
 * changes were diffed when it was saved (lib/reviews/mutations.ts) and are
 * read as stored, capped in size; the list never reads a version's full text,
 * which has a page of its own. So a view costs one page of small rows however
 * long the review is and however often it was edited.
 */
export const VERSIONS_PER_PAGE = 10;

/**
 * Versions kept after the first (lib/reviews/mutations.ts folds older ones
 * away as newer ones are saved): a review edited hundreds of times stays a
 * bounded number of rows.
 */
export const KEPT_LATEST_VERSIONS = 50;

/** Spoiler syntax in the source: the history shows text as written, so those parts are not hidden. */
const SPOILER_SYNTAX = String.raw`(>!|:::\s*spoiler)`;

export interface HistoryReview {
  id: number;
  title: string;
  authorHandle: string;
  authorName: string;
  filmTitle: string;
  filmYear: number;
  /** Versions kept (the first and the latest ones; see KEPT_LATEST_VERSIONS). */
  versionCount: number;
  latestVersion: number;
}

export interface RevisionView {
  version: number;
  savedAt: Date;
  title: string;
  rating: number;
  containsSpoilers: boolean;
  /** The text (or, in the changes, the text it replaced) has spoiler syntax, shown unhidden here. */
  showsSpoilers: boolean;
  /** What changed since the kept version before; null for the first version. */
  changes: RevisionChanges | null;
}

export interface ReviewHistory {
  review: HistoryReview;
  /** Newest first, at most VERSIONS_PER_PAGE. */
  revisions: RevisionView[];
  /** The `before` of the next page of older versions; null on the last page. */
  olderBefore: number | null;
}

export interface ReviewVersion {
  review: HistoryReview;
  revision: RevisionFields & { version: number; savedAt: Date; showsSpoilers: boolean };
}

async function historyReview(reviewId: number): Promise<HistoryReview | null> {
  const [review] = await db
    .select({
      id: reviews.id,
      title: reviews.title,
      authorHandle: users.handle,
      authorName: users.displayName,
      filmTitle: films.title,
      filmYear: films.year,
      versionCount: sql<number>`(select count(*)::int from ${reviewRevisions} where ${reviewRevisions.reviewId} = ${reviews.id})`,
      latestVersion: sql<number>`(select coalesce(max(${reviewRevisions.version}), 0)::int from ${reviewRevisions} where ${reviewRevisions.reviewId} = ${reviews.id})`,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, 'published')))
    .limit(1);
  return review ?? null;
}

const showsSpoilers = sql<boolean>`(${reviewRevisions.containsSpoilers} or ${reviewRevisions.body} ~* ${SPOILER_SYNTAX})`;

/**
 * One page of a published review's versions, newest first: those older than
 * `before` (keyset on the version, through review_revisions_review_version_key),
 * or the newest ones without it. Null when the review is not published.
 */
export async function getReviewHistory(reviewId: number, { before }: { before?: number } = {}): Promise<ReviewHistory | null> {
  const review = await historyReview(reviewId);
  if (!review) return null;

  // One row past the page says whether there is an older page, and its text is the one the oldest shown version changed.
  const rows = await db
    .select({
      version: reviewRevisions.version,
      savedAt: reviewRevisions.createdAt,
      title: reviewRevisions.title,
      rating: reviewRevisions.rating,
      containsSpoilers: reviewRevisions.containsSpoilers,
      showsSpoilers,
      changes: reviewRevisions.changes,
    })
    .from(reviewRevisions)
    .where(and(eq(reviewRevisions.reviewId, reviewId), before === undefined ? undefined : lt(reviewRevisions.version, before)))
    .orderBy(desc(reviewRevisions.version))
    .limit(VERSIONS_PER_PAGE + 1);

  const page = rows.slice(0, VERSIONS_PER_PAGE);
  const revisions = await Promise.all(
    page.map(async (row, index): Promise<RevisionView> => {
      const previous = rows[index + 1];
      const changes =
        (row.changes as RevisionChanges | null) ??
        (previous ? await changesOnRead(reviewId, row.version, previous.version) : null);
      return { ...row, showsSpoilers: row.showsSpoilers || (previous?.showsSpoilers ?? false), changes };
    }),
  );
  const oldest = page.at(-1);
  return { review, revisions, olderBefore: rows.length > VERSIONS_PER_PAGE && oldest ? oldest.version : null };
}

/**
 * Versions saved before changes were stored have none until the backfill
 * (lib/reviews/derived-text.ts) reaches them; they are diffed here with the
 * same caps as a save, at most a page of them per view.
 */
async function changesOnRead(reviewId: number, version: number, since: number): Promise<RevisionChanges | null> {
  const pair = await db
    .select({
      version: reviewRevisions.version,
      title: reviewRevisions.title,
      body: reviewRevisions.body,
      rating: reviewRevisions.rating,
      containsSpoilers: reviewRevisions.containsSpoilers,
    })
    .from(reviewRevisions)
    .where(and(eq(reviewRevisions.reviewId, reviewId), sql`${reviewRevisions.version} in (${version}, ${since})`));
  const newer = pair.find((row) => row.version === version);
  const older = pair.find((row) => row.version === since);
  return newer && older ? diffRevisions(older, newer, since) : null;
}

/** One kept version of a published review in full, for its own page. */
export async function getReviewVersion(reviewId: number, version: number): Promise<ReviewVersion | null> {
  const review = await historyReview(reviewId);
  if (!review) return null;
  const [revision] = await db
    .select({
      version: reviewRevisions.version,
      savedAt: reviewRevisions.createdAt,
      title: reviewRevisions.title,
      body: reviewRevisions.body,
      rating: reviewRevisions.rating,
      containsSpoilers: reviewRevisions.containsSpoilers,
      showsSpoilers,
    })
    .from(reviewRevisions)
    .where(and(eq(reviewRevisions.reviewId, reviewId), eq(reviewRevisions.version, version)))
    .limit(1);
  return revision ? { review, revision } : null;
}
