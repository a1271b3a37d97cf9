import { sql } from 'drizzle-orm';

import { db } from '@/db';

/**
 * Every derived counter that disagrees with the rows it counts, across the
 * whole database: the four invariants written down in db/counters.ts,
 * checked here on their own terms. An empty list is every invariant holding.
 */
export async function counterMismatches() {
  return db.execute<{ kind: string; id: number; stored: number; actual: number }>(sql`
    select 'review upvotes' as kind, r.id, r.upvote_count as stored, count(v.user_id)::int as actual
      from reviews r left join review_votes v on v.review_id = r.id
      group by r.id having r.upvote_count <> count(v.user_id)
    union all
    select 'review comments', r.id, r.comment_count, count(c.id)::int
      from reviews r left join comments c on c.review_id = r.id and c.deleted_at is null and c.hidden_at is null
      group by r.id having r.comment_count <> count(c.id)
    union all
    select 'comment upvotes', c.id, c.upvote_count, count(v.user_id)::int
      from comments c left join comment_votes v on v.comment_id = c.id
      group by c.id having c.upvote_count <> count(v.user_id)
    union all
    select 'member upvotes received', 0, u.upvotes_received,
           ((select count(*) from review_votes v join reviews r on r.id = v.review_id where r.author_id = u.id)
            + (select count(*) from comment_votes v join comments c on c.id = v.comment_id where c.author_id = u.id))::int
      from users u
     where u.upvotes_received <>
           (select count(*) from review_votes v join reviews r on r.id = v.review_id where r.author_id = u.id)
           + (select count(*) from comment_votes v join comments c on c.id = v.comment_id where c.author_id = u.id)`);
}
