import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { reviews } from '@/db/schema';
import {
  getCommentSubtree,
  getThread,
  THREAD_PAGE_SIZE,
  THREAD_REPLY_LIMITS,
  THREAD_VISIBLE_DEPTH,
} from '@/lib/comments/queries';
import { COMMENT_SORTS } from '@/lib/comments/params';

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
    const counts = await db
      .select({ id: reviews.id, count: reviews.commentCount })
      .from(reviews)
      .where(sql`${reviews.id} in (${small.id}, ${large.id})`);
    expect(Object.fromEntries(counts.map((row) => [row.id, row.count]))).toEqual({ [small.id]: 50, [large.id]: 5000 });

    const smallRead = await countQueries(() => getThread(small.id, { sort: 'top' }));
    const largeRead = await countQueries(() => getThread(large.id, { sort: 'top' }));
    console.info(
      `thread first page: 50 comments → ${smallRead.queries} query, 5,000 comments → ${largeRead.queries} query (${largeRead.result.comments.length} rows)`,
    );
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
    } while (after !== null && pages < 20);
    expect(pages).toBe(Math.ceil(120 / THREAD_PAGE_SIZE));
    expect(new Set(seen).size).toBe(120);
    expect(seen).toHaveLength(120);
    expect(await counterMismatches()).toEqual([]);

    const [first] = await db.select({ count: reviews.commentCount }).from(reviews).where(eq(reviews.id, review.id));
    expect(first!.count).toBe(120);
  });

  it('shows the first replies of each comment, however many it has, and says where the rest are', async () => {
    // One top-level comment with 5,000 direct replies; its first three replies have ten replies each.
    const review = await seedWideThread({ replies: 5_000, grandchildren: 10 });
    const read = await countQueries(() => getThread(review.id, { sort: 'old' }));
    expect(read.queries).toBe(1);
    const [root, ...rest] = read.result.comments;
    expect(root).toMatchObject({ depth: 0, moreReplies: true });
    const replies = rest.filter((comment) => comment.depth === 1);
    expect(replies).toHaveLength(THREAD_REPLY_LIMITS[0]);
    for (const reply of replies) expect(reply).toMatchObject({ moreReplies: true, continues: false });
    const grandchildren = rest.filter((comment) => comment.depth === 2);
    expect(grandchildren).toHaveLength(THREAD_REPLY_LIMITS[0] * THREAD_REPLY_LIMITS[1]);
    expect(grandchildren.every((comment) => !comment.moreReplies && !comment.continues)).toBe(true);
    // Oldest first, each reply right after its parent.
    expect(rest.map((comment) => comment.depth)).toEqual([1, 2, 2, 1, 2, 2, 1, 2, 2]);
    expect(read.result.nextCursor).toBeNull();
  });

  it("pages through all of a comment's replies on its permalink exactly once", async () => {
    const review = await seedWideThread({ replies: 45, grandchildren: 0 });
    const [root] = (await getThread(review.id)).comments;
    const seen: number[] = [];
    let after: number | null = null;
    let pages = 0;
    do {
      const subtree: Awaited<ReturnType<typeof getCommentSubtree>> = await getCommentSubtree(review.id, root!.id, {
        sort: 'top',
        after,
      });
      expect(subtree!.focus.id).toBe(root!.id);
      seen.push(...subtree!.comments.slice(1).map((comment) => comment.id));
      after = subtree!.nextCursor;
      pages += 1;
    } while (after !== null && pages < 10);
    expect(pages).toBe(Math.ceil(45 / THREAD_PAGE_SIZE));
    expect(new Set(seen).size).toBe(45);
    expect(seen).toHaveLength(45);
  });
});

/**
 * One top-level comment with `replies` direct replies, the first three of
 * which have `grandchildren` replies each, written straight in SQL.
 */
async function seedWideThread({ replies, grandchildren }: { replies: number; grandchildren: number }) {
  const film = await createFilm();
  const author = await createUser();
  const review = await createReview({ filmId: film.id, authorId: author.id });
  await db.transaction(async (tx) => {
    // Ids come from the identity sequence first, so each path is right when its row is written.
    const numbered = (count: number) =>
      sql`(select nextval(pg_get_serial_sequence('comments', 'id'))::int as id, n from generate_series(1, ${count}) n)`;
    const [root] = await tx.execute<{ id: number }>(sql`
      insert into comments (id, review_id, author_id, body, path, depth) overriding system value
      select ids.id, ${review.id}, ${author.id}, 'Root', text2ltree(ids.id::text), 0 from ${numbered(1)} ids
      returning id`);
    const rootId = root!.id;
    const children = await tx.execute<{ id: number }>(sql`
      insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at) overriding system value
      select ids.id, ${review.id}, ${rootId}, ${author.id}, 'Reply ' || n, text2ltree(${rootId} || '.' || ids.id), 1,
             now() + make_interval(secs => n)
        from ${numbered(replies)} ids
      returning id`);
    const firstThree = children
      .map((row) => row.id)
      .sort((a, b) => a - b)
      .slice(0, 3);
    for (const childId of grandchildren > 0 ? firstThree : []) {
      await tx.execute(sql`
        insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at) overriding system value
        select ids.id, ${review.id}, ${childId}, ${author.id}, 'Grandchild ' || n, text2ltree(${`${rootId}.${childId}`} || '.' || ids.id), 2,
               now() + make_interval(secs => 10000 + n)
          from ${numbered(grandchildren)} ids`);
    }
  });
  await db.execute(sql`
    update reviews set comment_count = (select count(*) from comments where review_id = ${review.id} and deleted_at is null)
     where id = ${review.id}`);
  return review;
}
