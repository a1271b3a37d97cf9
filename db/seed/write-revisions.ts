import { sql } from 'drizzle-orm';

import type { Transaction } from '../index';

/**
 * Gives each seeded review its first revision, as publishing through the app
 * does, so every review's history starts with what was published. Reviews
 * that already have a history are left alone, which keeps the seed idempotent.
 */
export async function writeRevisions(tx: Transaction) {
  await tx.execute(sql`
    insert into review_revisions (review_id, version, title, body, rating, contains_spoilers, created_at)
    select r.id, 1, r.title, r.body, r.rating, r.contains_spoilers, r.created_at
    from reviews r
    where not exists (select 1 from review_revisions h where h.review_id = r.id)
  `);
}
