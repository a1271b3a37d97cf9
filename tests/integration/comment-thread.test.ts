import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { reviews } from '@/db/schema';
import { getThread, THREAD_PAGE_SIZE, THREAD_VISIBLE_DEPTH } from '@/lib/comments/queries';
import { COMMENT_SORTS } from '@/lib/comments/sort';

import { createFilm, createReview, createUser } from '../support/factories';
import { counterMismatches } from '../support/invariants';
import { countQueries } from '../support/query-counter';

/**
 * Seeds a thread straight in SQL (generate_series): `roots` top-level
 * comments, each the head of a reply chain `chainDepth` replies deep. Sets
 * the review's count to the rows written, keeping the invariant.
 */
async function seedThread({ roots, chainDepth }: { roots: number; chainDepth: number }) {
  const film = await createFilm();
  const author = await createUser();
  const review = await createReview({ filmId: film.id, authorId: author.id });
  const perRoot = chainDepth + 1;
  await db.transaction(async (tx) => {
    // Reserve a block of ids, then lay the chains out in it: root n's
    // comment at depth d has id start + (n - 1) * perRoot + d.
    const [block] = await tx.execute<{ start: number }>(sql`
      select nextval(pg_get_serial_sequence('comments', 'id'))::int as start,
             setval(pg_get_serial_sequence('comments', 'id'),
                    currval(pg_get_serial_sequence('comments', 'id')) + ${roots * perRoot})`);
    const start = Number(block!.start);
    await tx.execute(sql`
      insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at)
      overriding system value
      select base + d, ${review.id}, case when d = 0 then null else base + d - 1 end, ${author.id},
             'Comment ' || (base + d),
             (select string_agg((base + k)::text, '.' order by k) from generate_series(0, d) k)::ltree,
             d, now() - make_interval(secs => n * 60) + make_interval(secs => d)
        from generate_series(1, ${roots}) n,
             lateral (select ${start}::int + (n - 1) * ${perRoot} as base) b,
             generate_series(0, ${chainDepth}) d`);
  });
  await db.execute(sql`
    update reviews set comment_count = (select count(*) from comments where review_id = ${review.id} and deleted_at is null)
     where id = ${review.id}`);
  return review;
}

describe('getThread', () => {
  it('reads the first page of a 50-comment and a 5,000-comment thread with the same number of queries, bounded rows', async () => {
    const small = await seedThread({ roots: 5, chainDepth: 9 });
    const large = await seedThread({ roots: 500, chainDepth: 9 });
    const counts = await db.select({ id: reviews.id, count: reviews.commentCount }).from(reviews).where(sql`${reviews.id} in (${small.id}, ${large.id})`);
    expect(Object.fromEntries(counts.map((row) => [row.id, row.count]))).toEqual({ [small.id]: 50, [large.id]: 5000 });

    const smallRead = await countQueries(() => getThread(small.id, { sort: 'top' }));
    const largeRead = await countQueries(() => getThread(large.id, { sort: 'top' }));
    console.info(`thread first page: 50 comments → ${smallRead.queries} query, 5,000 comments → ${largeRead.queries} query (${largeRead.result.comments.length} rows)`);
    expect(smallRead.queries).toBe(1);
    expect(largeRead.queries).toBe(smallRead.queries);

    const page = largeRead.result;
    const roots = page.comments.filter((comment) => comment.depth === 0);
    expect(roots).toHaveLength(THREAD_PAGE_SIZE);
    expect(Math.max(...page.comments.map((comment) => comment.depth))).toBe(THREAD_VISIBLE_DEPTH);
    expect(page.comments).toHaveLength(THREAD_PAGE_SIZE * (THREAD_VISIBLE_DEPTH + 1));
    expect(page.comments.filter((comment) => comment.continues)).toHaveLength(THREAD_PAGE_SIZE);
    expect(page.nextCursor).toBe(roots.at(-1)!.id);

    expect(smallRead.result.comments).toHaveLength(5 * (THREAD_VISIBLE_DEPTH + 1));
    expect(smallRead.result.nextCursor).toBeNull();
    expect(await counterMismatches()).toEqual([]);
  });

  it.each(COMMENT_SORTS)('pages through every top-level comment exactly once, sorted %s', async (sort) => {
    const review = await seedThread({ roots: 120, chainDepth: 0 });
    // Give some comments upvote counts (with real vote rows, so the invariant holds).
    await db.execute(sql`
      with picked as (select id, (id % 7) as votes from comments where review_id = ${review.id} and id % 3 = 0),
      voters as (
        insert into users (handle, display_name, email)
        select 'tv-' || p.id || '-' || v, 'Voter', 'tv-' || p.id || '-' || v || '-' || ${sort} || '@example.com'
          from picked p, generate_series(1, p.votes) v
        returning id, handle
      )
      insert into comment_votes (user_id, comment_id)
      select voters.id, split_part(voters.handle, '-', 2)::int from voters`);
    await db.execute(sql`
      update comments c set upvote_count = (select count(*) from comment_votes v where v.comment_id = c.id) where c.review_id = ${review.id}`);
    await db.execute(sql`
      update users u set upvotes_received = u.upvotes_received + c.n
        from (select author_id, sum(upvote_count)::int as n from comments where review_id = ${review.id} group by author_id) c
       where u.id = c.author_id`);

    const seen: number[] = [];
    let after: number | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof getThread>> = await getThread(review.id, { sort, after });
      seen.push(...page.comments.map((comment) => comment.id));
      after = page.nextCursor;
      pages += 1;
    } while (after !== null && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toHaveLength(120);
    expect(await counterMismatches()).toEqual([]);

    const [first] = await db.select({ count: reviews.commentCount }).from(reviews).where(eq(reviews.id, review.id));
    expect(first!.count).toBe(120);
  });
});
