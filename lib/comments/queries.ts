import 'server-only';

import { and, asc, desc, eq, lte, or, type SQL, sql } from 'drizzle-orm';

import { db } from '@/db';
import { comments, users } from '@/db/schema';

import { orderThread } from './tree';
import type { CommentSubtree, ThreadComment, ThreadPage } from './types';

import { THREAD_PAGE_SIZE, THREAD_VISIBLE_DEPTH } from './limits';
import { type CommentSort, compareReplies, compareRoots } from './sort';

export { THREAD_PAGE_SIZE, THREAD_VISIBLE_DEPTH };

/** What a thread row carries; `continues` is only asked at the deepest fetched level. */
function threadColumns(deepest: SQL | number) {
  return {
    id: comments.id,
    parentId: comments.parentId,
    depth: comments.depth,
    body: comments.body,
    upvoteCount: comments.upvoteCount,
    createdAt: comments.createdAt,
    editedAt: comments.editedAt,
    deletedAt: comments.deletedAt,
    // A scalar subquery, not EXISTS: PostgreSQL may turn an EXISTS into one
    // hashed pass over the whole comments table; this stays one probe of the
    // parent_id index per boundary row.
    continues: sql<boolean>`case when ${comments.depth} >= ${deepest}
      then (select reply.id from comments reply where reply.parent_id = ${comments.id} limit 1) is not null
      else false end`,
    author: {
      handle: users.handle,
      displayName: users.displayName,
      image: users.image,
      createdAt: users.createdAt,
    },
  };
}

type ThreadRow = {
  id: number;
  parentId: number | null;
  depth: number;
  body: string;
  upvoteCount: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  continues: boolean;
  author: { handle: string | null; displayName: string | null; image: string | null; createdAt: Date | null } | null;
};

/** A deleted comment shows as "[deleted]": no author, no body, whatever the row still holds. */
function toThreadComment({ deletedAt, author, body, ...comment }: ThreadRow): ThreadComment {
  const deleted = deletedAt !== null;
  return {
    ...comment,
    deleted,
    author: deleted || !author?.handle ? null : (author as ThreadComment['author']),
    body: deleted ? '' : body,
  };
}

/**
 * Keyset position after the comment `after`, in the root order of `sort`.
 * The cursor is a top-level comment's id; its sort key is read in the same
 * statement, at full timestamp precision. Must match compareRoots.
 */
function afterCursor(sort: CommentSort, after: number): SQL {
  const anchor = (columns: string) => sql.raw(`(select ${columns} from comments anchor where anchor.id = `);
  switch (sort) {
    case 'top':
      return sql`(${comments.upvoteCount}, ${comments.id}) < ${anchor('anchor.upvote_count, anchor.id')}${after})`;
    case 'new':
      return sql`(${comments.createdAt}, ${comments.id}) < ${anchor('anchor.created_at, anchor.id')}${after})`;
    case 'old':
      return sql`(${comments.createdAt}, ${comments.id}) > ${anchor('anchor.created_at, anchor.id')}${after})`;
  }
}

function rootOrder(sort: CommentSort): SQL[] {
  switch (sort) {
    case 'top':
      return [desc(comments.upvoteCount), desc(comments.id)];
    case 'new':
      return [desc(comments.createdAt), desc(comments.id)];
    case 'old':
      return [asc(comments.createdAt), asc(comments.id)];
  }
}

/**
 * One page of a review's thread: up to THREAD_PAGE_SIZE top-level comments
 * in the chosen order, after the cursor, each with its replies down to
 * THREAD_VISIBLE_DEPTH — one query, whatever the thread's size. One more
 * root than a page is read (through the partial root indexes) only to know
 * whether there is a next page; its replies are not fetched. Bounded on
 * purpose: an unbounded tree fetch is how big threads take servers down.
 */
export async function getThread(
  reviewId: number,
  { sort = 'old', after = null }: { sort?: CommentSort; after?: number | null } = {},
): Promise<ThreadPage> {
  const candidates = db
    .select({
      id: comments.id,
      path: comments.path,
      rank: sql<number>`row_number() over (order by ${sql.join(rootOrder(sort), sql`, `)})`.mapWith(Number).as('rank'),
    })
    .from(comments)
    .where(and(eq(comments.reviewId, reviewId), eq(comments.depth, 0), after === null ? undefined : afterCursor(sort, after)))
    .orderBy(...rootOrder(sort))
    .limit(THREAD_PAGE_SIZE + 1)
    .as('candidates');

  const rows = await db
    .select({ ...threadColumns(THREAD_VISIBLE_DEPTH), rootId: candidates.id, rootRank: candidates.rank })
    .from(comments)
    .innerJoin(candidates, sql`${comments.path} <@ ${candidates.path}`)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.reviewId, reviewId),
        or(
          and(lte(candidates.rank, THREAD_PAGE_SIZE), lte(comments.depth, THREAD_VISIBLE_DEPTH)),
          eq(comments.id, candidates.id),
        ),
      ),
    );

  // The extra root only says a next page exists; it is not shown.
  const more = rows.some((row) => row.rootRank > THREAD_PAGE_SIZE);
  const page = rows.filter((row) => row.rootRank <= THREAD_PAGE_SIZE);
  const shown = orderThread(page.map(toThreadComment), compareReplies[sort], compareRoots[sort]);
  const roots = shown.filter((comment) => comment.depth === 0);
  return { comments: shown, nextCursor: more ? (roots.at(-1)?.id ?? null) : null };
}

/**
 * A comment's permalink: the comment (which must belong to `reviewId`), its
 * replies down to THREAD_VISIBLE_DEPTH below it, and the chain of comments
 * it answers — two indexed queries, bounded like the thread. Null when the
 * comment is not on this review.
 */
export async function getCommentSubtree(reviewId: number, commentId: number, sort: CommentSort = 'old'): Promise<CommentSubtree | null> {
  const [focus] = await db
    .select({ path: comments.path, depth: comments.depth })
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.reviewId, reviewId)));
  if (!focus) return null;

  const deepest = focus.depth + THREAD_VISIBLE_DEPTH;
  const rows = await db
    .select(threadColumns(deepest))
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.reviewId, reviewId),
        or(
          sql`${comments.path} @> ${focus.path} and ${comments.id} <> ${commentId}`,
          and(sql`${comments.path} <@ ${focus.path}`, lte(comments.depth, deepest)),
        ),
      ),
    );

  const all = rows.map(toThreadComment);
  const ancestors = all.filter((comment) => comment.depth < focus.depth).sort((a, b) => a.depth - b.depth);
  const subtree = orderThread(
    all.filter((comment) => comment.depth >= focus.depth),
    compareReplies[sort],
  );
  const top = subtree[0];
  if (!top || top.id !== commentId) return null;
  return { ancestors, comments: subtree, focus: top };
}
