import { sql } from 'drizzle-orm';

import type { Transaction } from '../index';

/**
 * Sets every denormalised counter to the rows it counts. The seed writes
 * votes and comments directly instead of through the vote and comment
 * mutations (the counters' usual writers), so it restores the invariant
 * itself, inside the same transaction, before anyone can read the counts:
 *   reviews.upvote_count  = rows in review_votes for the review
 *   reviews.comment_count = comments on the review that are not deleted
 *   comments.upvote_count = rows in comment_votes for the comment
 *   users.upvotes_received = vote rows on the member's reviews and comments
 */
export async function recountCounters(tx: Transaction) {
  await tx.execute(sql`
    update reviews r
    set upvote_count = (select count(*) from review_votes v where v.review_id = r.id)
  `);
  await tx.execute(sql`
    update reviews r
    set comment_count = (select count(*) from comments c where c.review_id = r.id and c.deleted_at is null)
  `);
  await tx.execute(sql`
    update comments c
    set upvote_count = (select count(*) from comment_votes v where v.comment_id = c.id)
  `);
  await tx.execute(sql`
    update users u
    set upvotes_received =
      (select count(*) from review_votes v join reviews r on r.id = v.review_id where r.author_id = u.id)
      + (select count(*) from comment_votes v join comments c on c.id = v.comment_id where c.author_id = u.id)
  `);
}
