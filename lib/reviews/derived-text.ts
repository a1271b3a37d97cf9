import 'server-only';

import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';

import type { Database } from '@/db';
import { reviewRevisions, reviews } from '@/db/schema';
import { searchableText } from '@/lib/markdown/search-text';

import { diffRevisions } from './diff';

/** Rows per statement: small enough that each batch is a short transaction, large enough to be quick. */
const BATCH = 200;

export interface DerivedTextFilled {
  searchTexts: number;
  revisionChanges: number;
}

/**
 * Fills what saveReview derives from a review's text for rows written before
 * it was stored (migration 0011): each review's search text and each later
 * version's changes. Idempotent and cheap once done (both reads are partial
 * indexes of what is missing), so `npm run db:migrate` and every start run it.
 * Batches commit one by one: a review saved meanwhile writes its own values,
 * and the `is null` guard keeps the backfill from overwriting them.
 */
export async function fillDerivedText(db: Database): Promise<DerivedTextFilled> {
  const filled: DerivedTextFilled = { searchTexts: 0, revisionChanges: 0 };
  for (let after = 0; ;) {
    const batch = await db
      .select({ id: reviews.id, body: reviews.body })
      .from(reviews)
      .where(and(isNull(reviews.searchText), gt(reviews.id, after)))
      .orderBy(asc(reviews.id))
      .limit(BATCH);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const { id, body } of batch) {
        await tx
          .update(reviews)
          .set({ searchText: searchableText(body) })
          .where(and(eq(reviews.id, id), isNull(reviews.searchText)));
      }
    });
    filled.searchTexts += batch.length;
    after = batch.at(-1)!.id;
  }

  for (let after = 0; ;) {
    const batch = await db.execute<{ id: number; version: number; since: number | null }>(sql`
      select r.id, r.version,
             (select max(p.version) from ${reviewRevisions} p where p.review_id = r.review_id and p.version < r.version) as since
        from ${reviewRevisions} r
       where r.changes is null and r.version > 1 and r.id > ${after}
       order by r.id
       limit ${BATCH}`);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const { id, since } of batch) {
        if (since === null) continue;
        const [newer] = await tx.select().from(reviewRevisions).where(eq(reviewRevisions.id, id));
        if (!newer) continue;
        const [older] = await tx
          .select()
          .from(reviewRevisions)
          .where(and(eq(reviewRevisions.reviewId, newer.reviewId), eq(reviewRevisions.version, since)));
        if (!older) continue;
        await tx
          .update(reviewRevisions)
          .set({ changes: diffRevisions(older, newer, since) })
          .where(and(eq(reviewRevisions.id, id), isNull(reviewRevisions.changes)));
        filled.revisionChanges += 1;
      }
    });
    after = batch.at(-1)!.id;
  }
  return filled;
}
