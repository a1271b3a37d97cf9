import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { countCommentPosted } from '@/db/counters';

export interface InsertedComment {
  id: number;
  path: string;
  depth: number;
  parentId: number | null;
}

/**
 * Inserts a comment with its materialised path computed from the id the row
 * receives — the same shape the comment mutation writes — and counts it on
 * its review.
 */
export async function insertComment(input: {
  reviewId: number;
  authorId: string;
  body: string;
  parent?: InsertedComment;
}): Promise<InsertedComment> {
  const parentPath = input.parent?.path ?? null;
  const rows = await db.transaction(async (tx) => {
    const inserted = await tx.execute<{ id: number; path: string; depth: number; parent_id: number | null }>(sql`
    with next as (select nextval(pg_get_serial_sequence('comments', 'id')) as id)
    insert into comments (id, review_id, parent_id, author_id, body, path, depth)
    overriding system value
    select next.id, ${input.reviewId}, ${input.parent?.id ?? null}, ${input.authorId}, ${input.body},
           (coalesce(${parentPath}::text || '.', '') || next.id)::ltree,
           ${input.parent ? input.parent.depth + 1 : 0}
    from next
    returning id, path::text as path, depth, parent_id`);
    // The review's comment count follows, as the comment mutation keeps it.
    await countCommentPosted(tx, input.reviewId);
    return inserted;
  });
  const row = rows[0]!;
  return { id: Number(row.id), path: row.path, depth: row.depth, parentId: row.parent_id };
}
