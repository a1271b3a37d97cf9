import 'server-only';

import { and, asc, eq, lte, sql } from 'drizzle-orm';

import { db } from '@/db';
import { comments, users } from '@/db/schema';

import { orderThread } from './tree';
import type { ThreadComment } from './types';

/** Top-level comments per page and how deep replies are fetched below them. */
export const THREAD_PAGE_SIZE = 50;
export const THREAD_VISIBLE_DEPTH = 6;

/**
 * The first page of a review's thread: up to THREAD_PAGE_SIZE top-level
 * comments, oldest first, with their replies down to THREAD_VISIBLE_DEPTH,
 * in one query. Bounded whatever the thread's size: an unbounded tree fetch
 * is how big threads take servers down.
 */
export async function getThread(reviewId: number): Promise<ThreadComment[]> {
  const roots = db
    .select({ path: comments.path })
    .from(comments)
    .where(and(eq(comments.reviewId, reviewId), eq(comments.depth, 0)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(THREAD_PAGE_SIZE)
    .as('roots');

  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      depth: comments.depth,
      body: comments.body,
      upvoteCount: comments.upvoteCount,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
      author: {
        handle: users.handle,
        displayName: users.displayName,
        image: users.image,
        createdAt: users.createdAt,
      },
    })
    .from(comments)
    .innerJoin(roots, sql`${comments.path} <@ ${roots.path}`)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.reviewId, reviewId), lte(comments.depth, THREAD_VISIBLE_DEPTH)))
    .orderBy(asc(comments.path));

  return orderThread(
    rows.map(({ deletedAt, author, body, ...comment }) => ({
      ...comment,
      deleted: deletedAt !== null,
      author: deletedAt !== null || !author?.handle ? null : author,
      body: deletedAt !== null ? '' : body,
    })),
  );
}
