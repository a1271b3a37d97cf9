import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';

import { createdAt, ltree, timestamptz } from './columns';
import { reviews } from './reviews';
import { users } from './users';

/** Replies nest at most this deep; the check below holds the database to it. */
export const MAX_COMMENT_DEPTH = 40;

/**
 * Comments form a tree per review. `path` is the materialised path of ids
 * from the top-level comment down to this one (`12.40.41`), so ordering a
 * thread by path lists every comment right after its parent, and `path <@ x`
 * finds a subtree through the GiST index. `depth` is nlevel(path) - 1.
 * A deleted comment that has replies keeps its row (with `deletedAt`) so the
 * thread keeps its shape and shows "[deleted]".
 */
export const comments = pgTable(
  'comments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    parentId: integer().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    path: ltree().notNull(),
    depth: smallint().notNull(),
    upvoteCount: integer().notNull().default(0),
    createdAt: createdAt(),
    editedAt: timestamptz(),
    deletedAt: timestamptz(),
    /** Set while a moderator keeps it out of the thread; its author still sees it, with `hiddenReason`. */
    hiddenAt: timestamptz(),
    hiddenReason: text(),
  },
  (t) => [
    index('comments_review_id_path_idx').on(t.reviewId, t.path),
    index('comments_path_gist_idx').using('gist', t.path),
    // A comment's replies in the thread's orders (and the parent foreign key's lookups):
    // each level of a thread page reads its first few replies from here, however many there are.
    index('comments_replies_created_at_idx').on(t.parentId, t.createdAt, t.id),
    index('comments_replies_top_idx').on(t.parentId, t.upvoteCount.desc().nullsFirst(), t.createdAt, t.id),
    // A thread's top-level comments, paged by keyset in its New/Old and Top orders.
    index('comments_roots_created_at_idx')
      .on(t.reviewId, t.createdAt, t.id)
      .where(sql`${t.depth} = 0`),
    index('comments_roots_top_idx')
      .on(t.reviewId, t.upvoteCount, t.id)
      .where(sql`${t.depth} = 0`),
    index('comments_author_id_created_at_idx').on(t.authorId, t.createdAt),
    check('comments_depth_range', sql`${t.depth} between 0 and ${sql.raw(String(MAX_COMMENT_DEPTH))}`),
    check('comments_depth_matches_path', sql`${t.depth} = nlevel(${t.path}) - 1`),
    check('comments_body_length', sql`char_length(${t.body}) between 1 and 10000`),
    check('comments_upvote_count_nonnegative', sql`${t.upvoteCount} >= 0`),
  ],
);

export const commentVotes = pgTable(
  'comment_votes',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    commentId: integer()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.commentId] }), index('comment_votes_comment_id_idx').on(t.commentId)],
);

export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
