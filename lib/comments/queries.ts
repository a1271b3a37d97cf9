import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

import { THREAD_PAGE_SIZE, THREAD_REPLY_LIMITS, THREAD_VISIBLE_DEPTH } from './thread-page';
import { type CommentSort } from './params';
import { compareReplies, compareRoots } from './sort';
import { orderThread } from './tree';
import type { CommentSubtree, ThreadComment, ThreadPage } from './types';

export { THREAD_PAGE_SIZE, THREAD_REPLY_LIMITS, THREAD_VISIBLE_DEPTH };

/**
 * SQL orders matching lib/comments/sort.ts exactly (changing one without
 * the other would skip or repeat comments between pages). Top-level
 * comments are read through the partial root indexes, replies through the
 * (parent_id, …) indexes of migration 0009, so every level is a bounded
 * index scan however many siblings there are.
 */
const ORDERS: Record<'roots' | 'replies', Record<CommentSort, string>> = {
  roots: {
    top: 'c.upvote_count desc, c.id desc',
    new: 'c.created_at desc, c.id desc',
    old: 'c.created_at asc, c.id asc',
  },
  replies: {
    top: 'c.upvote_count desc, c.created_at asc, c.id asc',
    new: 'c.created_at desc, c.id desc',
    old: 'c.created_at asc, c.id asc',
  },
};

/**
 * Keyset position after the comment `after` in that order. The cursor is a
 * comment id; its sort key is read in the same statement, at full timestamp
 * precision.
 */
function afterCursor(kind: 'roots' | 'replies', sort: CommentSort, after: number): SQL {
  const anchor = (columns: string) => sql`(select ${sql.raw(columns)} from comments a where a.id = ${after})`;
  if (sort === 'old') return sql`(c.created_at, c.id) > ${anchor('a.created_at, a.id')}`;
  if (sort === 'new') return sql`(c.created_at, c.id) < ${anchor('a.created_at, a.id')}`;
  if (kind === 'roots') return sql`(c.upvote_count, c.id) < ${anchor('a.upvote_count, a.id')}`;
  // Replies in Top: fewer upvotes, or as many and later.
  return sql`exists (select 1 from ${anchor('a.upvote_count, a.created_at, a.id')} a(upvote_count, created_at, id)
    where c.upvote_count < a.upvote_count or (c.upvote_count = a.upvote_count and (c.created_at, c.id) > (a.created_at, a.id)))`;
}

type ThreadRow = {
  id: number;
  parent_id: number | null;
  depth: number;
  level: number;
  sibling_rank: number;
  body: string;
  upvote_count: number;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  continues: boolean;
  handle: string | null;
  display_name: string | null;
  image: string | null;
  member_since: Date | null;
};

/** How many comments each level of a page shows: the top level, then each reply level. */
const LEVEL_LIMITS = [THREAD_PAGE_SIZE, ...THREAD_REPLY_LIMITS];
const shownAt = (level: number) => LEVEL_LIMITS[level] ?? 0;

/** `shownAt` as SQL over a level column, with `extra` added: one more is read only to know there are more. */
const shownAtSql = (level: SQL, extra = 0) =>
  sql`case ${level} ${sql.raw(LEVEL_LIMITS.map((limit, index) => `when ${index} then ${limit + extra}`).join(' '))} else 0 end`;

/**
 * One page of a thread in one statement: the top level (a review's
 * top-level comments, or one comment's replies) after the cursor, then
 * level by level each shown comment's first few replies, one index probe
 * per comment. The rows one past each level's limit are read only to know
 * there are more, and are not shown.
 */
async function readThread(
  reviewId: number,
  { under, sort, after }: { under: number | null; sort: CommentSort; after: number | null },
): Promise<ThreadPage> {
  const kind = under === null ? 'roots' : 'replies';
  const topOrder = sql.raw(ORDERS[kind][sort]);
  const replyOrder = sql.raw(ORDERS.replies[sort]);
  const topLevel = under === null ? sql`c.depth = 0` : sql`c.parent_id = ${under}`;
  const cursor = after === null ? sql`` : sql`and ${afterCursor(kind, sort, after)}`;

  const rows = await db.execute<ThreadRow>(sql`
    with recursive top_level as (
      select c.id, row_number() over (order by ${topOrder})::int as sibling_rank
        from comments c
       where c.review_id = ${reviewId} and ${topLevel} ${cursor}
       order by ${topOrder}
       limit ${THREAD_PAGE_SIZE + 1}
    ), tree as (
      select id, 0 as level, sibling_rank from top_level
      union all
      select reply.id, tree.level + 1, reply.sibling_rank
        from tree
        cross join lateral (
          select c.id, row_number() over (order by ${replyOrder})::int as sibling_rank
            from comments c
           where c.parent_id = tree.id
           order by ${replyOrder}
           limit ${shownAtSql(sql`tree.level + 1`, 1)}
        ) reply
       where tree.level < ${THREAD_VISIBLE_DEPTH} and tree.sibling_rank <= ${shownAtSql(sql`tree.level`)}
    )
    select c.id, c.parent_id, c.depth, tree.level, tree.sibling_rank, c.body, c.upvote_count,
           c.created_at, c.edited_at, c.deleted_at,
           -- A scalar subquery, not EXISTS, so it stays one probe of the
           -- parent index per row at the last level.
           case when tree.level = ${THREAD_VISIBLE_DEPTH}
             then (select r.id from comments r where r.parent_id = c.id limit 1) is not null
             else false end as continues,
           u.handle, u.display_name, u.image, u.created_at as member_since
      from tree
      join comments c on c.id = tree.id
      left join users u on u.id = c.author_id`);

  const shown = rows.filter((row) => row.sibling_rank <= shownAt(row.level));
  // A row past its level's limit says its parent has more replies than the page shows.
  const hidden = rows.filter((row) => row.sibling_rank > shownAt(row.level));
  const withMoreReplies = new Set(hidden.map((row) => row.parent_id));
  const comments = orderThread(
    shown.map((row) => toThreadComment(row, withMoreReplies.has(row.id))),
    compareReplies[sort],
    (kind === 'roots' ? compareRoots : compareReplies)[sort],
  );
  const topLevelIds = new Set(shown.filter((row) => row.level === 0).map((row) => row.id));
  const lastShown = comments.findLast((comment) => topLevelIds.has(comment.id));
  const more = hidden.some((row) => row.level === 0);
  return { comments, nextCursor: more ? (lastShown?.id ?? null) : null };
}

/** A deleted comment shows as "[deleted]": no author, no body, whatever the row still holds. */
function toThreadComment(row: ThreadRow, moreReplies: boolean): ThreadComment {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    parentId: row.parent_id,
    depth: row.depth,
    author:
      deleted || !row.handle || !row.display_name
        ? null
        : { handle: row.handle, displayName: row.display_name, image: row.image, createdAt: new Date(row.member_since!) },
    body: deleted ? '' : row.body,
    deleted,
    upvoteCount: row.upvote_count,
    createdAt: new Date(row.created_at),
    editedAt: row.edited_at === null ? null : new Date(row.edited_at),
    continues: row.continues,
    moreReplies,
  };
}

/**
 * One page of a review's thread: THREAD_PAGE_SIZE top-level comments in the
 * chosen order after the cursor, each with its first replies (see
 * thread-page.ts) — one query, whatever the thread's size.
 */
export async function getThread(
  reviewId: number,
  { sort = 'old', after = null }: { sort?: CommentSort; after?: number | null } = {},
): Promise<ThreadPage> {
  return readThread(reviewId, { under: null, sort, after });
}

/**
 * A comment's permalink: the comment (which must belong to `reviewId`), the
 * chain of comments it answers, and a page of its replies shaped like a
 * review's thread — two indexed queries, bounded like the thread. Null when
 * the comment is not on this review.
 */
export async function getCommentSubtree(
  reviewId: number,
  commentId: number,
  { sort = 'old', after = null }: { sort?: CommentSort; after?: number | null } = {},
): Promise<CommentSubtree | null> {
  const [chain, replies] = await Promise.all([
    db.execute<ThreadRow>(sql`
      select c.id, c.parent_id, c.depth, 0 as level, 1 as sibling_rank, c.body, c.upvote_count,
             c.created_at, c.edited_at, c.deleted_at, false as continues,
             u.handle, u.display_name, u.image, u.created_at as member_since
        from comments focus
        join comments c on c.review_id = focus.review_id and c.path @> focus.path
        left join users u on u.id = c.author_id
       where focus.id = ${commentId} and focus.review_id = ${reviewId}
       order by c.depth`),
    readThread(reviewId, { under: commentId, sort, after }),
  ]);
  const focusRow = chain.at(-1);
  if (!focusRow || focusRow.id !== commentId) return null;

  const focus = toThreadComment(focusRow, false);
  return {
    ancestors: chain.slice(0, -1).map((row) => toThreadComment(row, false)),
    comments: [focus, ...replies.comments],
    focus,
    nextCursor: replies.nextCursor,
  };
}
