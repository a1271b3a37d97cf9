import { sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { homeFeedHref, type HomeFeedQuery, parseHomeFeedQuery, type TopPeriod } from '@/lib/reviews/params';
import { feedSelect, listHomeFeed } from '@/lib/reviews/home-feed-queries';

import { createFilm, createReview, createUser, upvoteReview } from '../support/factories';

/** Every published review in the order the feed promises, straight from SQL. */
async function expectedOrder(order: SQL, where: SQL = sql`true`): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(
    sql`select id from reviews where status = 'published' and ${where} order by ${order}, id desc`,
  );
  return rows.map((row) => row.id);
}

/** Follows the feed's cursors to the end. */
async function everyPage(query: Omit<HomeFeedQuery, 'after'>, limit: number): Promise<number[]> {
  const seen: number[] = [];
  let after: string | undefined;
  for (let page = 0; page < 500; page += 1) {
    const result = await listHomeFeed({ ...query, after }, { limit });
    expect(result.reviews.length).toBeLessThanOrEqual(limit);
    seen.push(...result.reviews.map((card) => card.id));
    if (!result.nextCursor) return seen;
    after = result.nextCursor;
  }
  throw new Error('paging never ended');
}

describe('the feed', async () => {
  // Reviews with ties on every key: equal upvotes, equal times.
  const film = await createFilm();
  const at = new Date('2025-03-01T10:00:00.123456Z');
  for (const [upvotes, hoursAgo] of [
    [3, 0],
    [3, 0],
    [0, 5],
    [12, 30],
    [1, 0],
    [40, 24 * 40],
  ] as const) {
    const review = await createReview({
      filmId: film.id,
      authorId: (await createUser()).id,
      createdAt: new Date(at.getTime() - hoursAgo * 3_600_000),
    });
    await upvoteReview(review.id, upvotes);
  }
  await createReview({ filmId: film.id, authorId: (await createUser()).id, status: 'deleted' });

  it('Trending pages through every published review once, by hot score', async () => {
    expect(await everyPage({ sort: 'hot', period: 'week' }, 4)).toEqual(await expectedOrder(sql`hot_score desc`));
  });

  it('New pages through every published review once, newest first, microseconds and all', async () => {
    expect(await everyPage({ sort: 'new', period: 'week' }, 3)).toEqual(await expectedOrder(sql`created_at desc`));
  });

  it.each(['day', 'week', 'month', 'year', 'all'] as TopPeriod[])(
    'Top (%s) keeps to its period, most upvoted first',
    async (period) => {
      const within =
        period === 'all'
          ? sql`true`
          : sql`created_at >= now() - ${{ day: '1 day', week: '7 days', month: '1 month', year: '1 year' }[period]}::interval`;
      expect(await everyPage({ sort: 'top', period }, 5)).toEqual(await expectedOrder(sql`upvote_count desc`, within));
    },
  );

  it('Following is empty for a reader who is not signed in', async () => {
    expect(await listHomeFeed({ sort: 'following', period: 'week' })).toEqual({ reviews: [], nextCursor: null });
  });

  it('starts again from the top for a cursor it did not make', async () => {
    const first = await listHomeFeed({ sort: 'new', period: 'week' }, { limit: 3 });
    for (const after of ['nonsense', 'hot_1.5_3', 'new_abc_3', 'new_1_99999999999', 'top_-1_2', `top_${'9'.repeat(12)}_1`]) {
      expect((await listHomeFeed({ sort: 'new', period: 'week', after }, { limit: 3 })).reviews).toEqual(first.reviews);
    }
  });

  it('reads its URL parameters leniently and writes them back canonically', () => {
    expect(parseHomeFeedQuery({})).toEqual({ sort: 'hot', period: 'week', after: undefined });
    expect(parseHomeFeedQuery({ sort: 'top', t: 'all' })).toEqual({ sort: 'top', period: 'all', after: undefined });
    expect(parseHomeFeedQuery({ sort: ['new', 'top'], t: 'forever', after: '' })).toEqual({
      sort: 'new',
      period: 'week',
      after: undefined,
    });
    expect(homeFeedHref({ sort: 'hot', period: 'week' })).toBe('/');
    expect(homeFeedHref({ sort: 'new', period: 'week', after: 'new_1_2' })).toBe('/?sort=new&after=new_1_2');
    expect(homeFeedHref({ sort: 'top', period: 'month' })).toBe('/?sort=top&t=month');
  });
});

describe('the feed’s plans', () => {
  it('reads reviews through an index for every sort, never a sequential scan', async () => {
    // Enough reviews that a sequential scan would be the planner's choice if no index fit;
    // inserted in a transaction that is rolled back, so no other test sees them.
    let plans: Record<string, string> = {};
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`
          with members as (
            insert into users (handle, display_name, email)
            select 'plan-' || n, 'Plan ' || n, 'plan-' || n || '@example.com' from generate_series(1, 200) n
            returning id),
          catalogue as (
            insert into films (slug, title, year, country, language)
            select 'plan-film-' || n, 'Plan film ' || n, 2000, 'KR', 'ko' from generate_series(1, 100) n
            returning id)
          insert into reviews (film_id, author_id, title, body, rating, upvote_count, created_at)
          select catalogue.id, members.id, 'Plan', 'Body', 5, (random() * 100)::int, now() - random() * interval '2 years'
          from catalogue cross join members`);
        await tx.execute(sql`analyze reviews`);
        const explain = async (query: HomeFeedQuery & { sort: 'hot' | 'new' | 'top' }) => {
          const rows = await tx.execute<{ 'QUERY PLAN': string }>(sql`explain ${feedSelect(query, 21)}`);
          return rows.map((row) => row['QUERY PLAN']).join('\n');
        };
        plans = {
          hot: await explain({ sort: 'hot', period: 'week' }),
          new: await explain({ sort: 'new', period: 'week' }),
          topWeek: await explain({ sort: 'top', period: 'week' }),
          topAll: await explain({ sort: 'top', period: 'all' }),
          hotAfter: await explain({ sort: 'hot', period: 'week', after: 'hot_1.5_20000' }),
        };
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    expect(Object.keys(plans)).toHaveLength(5);
    for (const [sort, plan] of Object.entries(plans)) {
      expect(plan, `${sort}:\n${plan}`).not.toMatch(/Seq Scan on reviews/);
      expect(plan, `${sort}:\n${plan}`).toMatch(/Index Scan.* on reviews/);
    }
  });
});
