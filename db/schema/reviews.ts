import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { createdAt, timestamptz } from './columns';
import { films } from './films';
import { users } from './users';

/** `hidden`: a moderator took it out of every list; its author still sees it, with `hiddenReason`. */
export const reviewStatus = pgEnum('review_status', ['published', 'deleted', 'hidden']);

/**
 * Reviews. `upvoteCount` and `commentCount` are derived data, moved only
 * through db/counters.ts (by votes, comments, account deletion and the
 * seeds) in the same transaction as the rows they count, so they always
 * equal those rows; its header writes down each invariant and the lock order.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    /** Markdown, rendered through the sanitising pipeline in lib/markdown. */
    body: text().notNull(),
    /**
     * What review search indexes (migration 0011): the body's words as a
     * reader sees them with every spoiler closed, taken from the same parsed
     * tree the page renders (lib/markdown/search-text.ts) and written with the
     * body. Null only for rows older than the column until the backfill
     * (lib/reviews/derived-text.ts) reaches them; search then matches their
     * title alone, so a spoiler is never findable meanwhile.
     */
    searchText: text(),
    /** 1–10, shown as half-stars out of five. */
    rating: smallint().notNull(),
    containsSpoilers: boolean().notNull().default(false),
    status: reviewStatus().notNull().default('published'),
    /** Why a moderator hid it, shown to its author; null unless `status` is hidden. */
    hiddenReason: text(),
    upvoteCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    /**
     * The feed's "Hot" score (lib/reviews/ranking.ts). Derived from
     * `upvoteCount` and `createdAt` by a trigger (migration 0004) that runs in
     * the very statement that changes either, so it can never lag a vote.
     */
    hotScore: doublePrecision().notNull().default(0),
    createdAt: createdAt(),
    editedAt: timestamptz(),
  },
  (t) => [
    // One review per author per film: the author edits it rather than writing another.
    uniqueIndex('reviews_film_author_key').on(t.filmId, t.authorId),
    // Indexes are ascending on purpose: scanned backwards they give exactly
    // `ORDER BY key DESC, id DESC` (nulls first), which a `DESC NULLS LAST`
    // index cannot, so the planner would sort the whole table instead.
    index('reviews_author_id_created_at_idx').on(t.authorId, t.createdAt, t.id),
    index('reviews_film_id_created_at_idx').on(t.filmId, t.createdAt, t.id),
    index('reviews_created_at_idx').on(t.createdAt, t.id),
    // The feed's Trending and Top orders, each an index scan with the id as tie-break for keyset paging.
    index('reviews_hot_idx')
      .on(t.hotScore, t.id)
      .where(sql`${t.status} = 'published'`),
    index('reviews_top_idx')
      .on(t.upvoteCount, t.id)
      .where(sql`${t.status} = 'published'`),
    // A film's and a member's reviews in Top and rating order, read a page at a
    // time: without these, a film with thousands of reviews is sorted whole
    // (bodies included) for each page of ten.
    index('reviews_film_top_idx')
      .on(t.filmId, t.upvoteCount, t.id)
      .where(sql`${t.status} = 'published'`),
    index('reviews_film_rating_idx')
      .on(t.filmId, t.rating, t.id)
      .where(sql`${t.status} = 'published'`),
    index('reviews_author_top_idx')
      .on(t.authorId, t.upvoteCount, t.id)
      .where(sql`${t.status} = 'published'`),
    // Lets the backfill find what it has left to do without reading every review.
    index('reviews_search_text_missing_idx')
      .on(t.id)
      .where(sql`${t.searchText} is null`),
    check('reviews_rating_range', sql`${t.rating} between 1 and 10`),
    check('reviews_title_length', sql`char_length(${t.title}) between 1 and 120`),
    // The stored text's bounds, lib/validation/lengths.ts's maxima (db never
    // imports lib). The 500-character minimum is the editor's rule for what a
    // review should be, not the data's: the synthetic dataset holds shorter ones.
    check('reviews_body_length', sql`char_length(${t.body}) between 1 and 50000`),
    check('reviews_upvote_count_nonnegative', sql`${t.upvoteCount} >= 0`),
    check('reviews_comment_count_nonnegative', sql`${t.commentCount} >= 0`),
  ],
);

/** One row per (member, review): the primary key makes a second upvote impossible. */
export const reviewVotes = pgTable(
  'review_votes',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.reviewId] }), index('review_votes_review_id_idx').on(t.reviewId)],
);

export type Review = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;

/**
 * Every saved version of a review, oldest first: version 1 is what was first
 * published, each edit that changed something adds the next. The review row
 * always equals its latest revision.
 */
export const reviewRevisions = pgTable(
  'review_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    rating: smallint().notNull(),
    containsSpoilers: boolean().notNull(),
    /**
     * What changed since the kept version before it, computed once when the
     * version is saved (lib/reviews/diff.ts `RevisionChanges`, capped in size)
     * so a reader's view never runs a diff. Null for a first version, and for
     * versions older than the column until the backfill reaches them (the
     * history then computes it, capped, on read).
     */
    changes: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('review_revisions_review_version_key').on(t.reviewId, t.version),
    index('review_revisions_changes_missing_idx')
      .on(t.id)
      .where(sql`${t.changes} is null and ${t.version} > 1`),
    check('review_revisions_version_positive', sql`${t.version} >= 1`),
    // A version is a review as it was: the same bounds as the review's own text.
    check('review_revisions_title_length', sql`char_length(${t.title}) between 1 and 120`),
    check('review_revisions_body_length', sql`char_length(${t.body}) between 1 and 50000`),
  ],
);

export type ReviewRevision = typeof reviewRevisions.$inferSelect;
