import { and, eq, sql } from 'drizzle-orm';

import type { Transaction } from '../index';
import { comments as commentRows } from '../schema';
import { hoursAfter } from './clock';
import { comments } from './comments';
import { required } from './lookup';
import type { SeededReview } from './write-community';

export interface SeededComment {
  id: number;
  reviewId: number;
  authorId: string;
  path: string;
  depth: number;
  createdAt: Date;
}

/**
 * Comment threads. Comments have no natural key, so a seeded comment counts
 * as present when its review already has a comment by the same author with
 * the same body; only missing ones are inserted. (The app never rewrites a
 * body except through an edit, and an edited demo comment is then seeded
 * again beside it: acceptable for demo data, and never a duplicate on a
 * plain re-run.)
 * Returns every seeded comment by its data key.
 */
export async function writeThreads(
  tx: Transaction,
  reviews: ReadonlyMap<string, SeededReview>,
  userIds: ReadonlyMap<string, string>,
): Promise<Map<string, SeededComment>> {
  const seeded = new Map<string, SeededComment>();
  for (const comment of comments) {
    const review = required(reviews, comment.review, 'review');
    const parent = comment.parent === undefined ? undefined : required(seeded, comment.parent, 'parent comment');
    if (parent && parent.reviewId !== review.id) {
      throw new Error(`Seed comment ${comment.key} answers a comment on another review`);
    }
    const authorId = required(userIds, comment.author, 'member');

    const [existing] = await tx
      .select({ id: commentRows.id, path: commentRows.path, depth: commentRows.depth, createdAt: commentRows.createdAt })
      .from(commentRows)
      .where(and(eq(commentRows.reviewId, review.id), eq(commentRows.authorId, authorId), eq(commentRows.body, comment.body)))
      .limit(1);
    if (existing) {
      seeded.set(comment.key, { ...existing, reviewId: review.id, authorId });
      continue;
    }

    const depth = parent ? parent.depth + 1 : 0;
    const createdAt = hoursAfter(parent?.createdAt ?? review.createdAt, comment.hoursAfter);
    // The path ends with the comment's own id, which the identity column has
    // not handed out yet; take it from the sequence first so the row is
    // written whole and the depth-matches-path check holds on insert.
    const parentPrefix = parent ? `${parent.path}.` : '';
    const [row] = await tx.execute<{ id: number; path: string }>(sql`
      with next as (select nextval(pg_get_serial_sequence('comments', 'id')) as id)
      insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at)
      overriding system value
      select next.id, ${review.id}, ${parent?.id ?? null}, ${authorId}, ${comment.body},
             (${parentPrefix}::text || next.id::text)::ltree, ${depth}, ${createdAt.toISOString()}::timestamptz
      from next
      returning id, path::text as path
    `);
    if (!row) throw new Error(`Inserting seed comment ${comment.key} returned no row`);
    seeded.set(comment.key, { id: row.id, reviewId: review.id, authorId, path: row.path, depth, createdAt });
  }
  return seeded;
}
