import { sql, TransactionRollbackError } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { credits, people } from '@/db/schema';
import { getRatingSummary } from '@/lib/films/queries';
import { listFilmVersions } from '@/lib/films/queries';
import { FILM_REVIEW_SORTS, type FilmReviewQuery, type FilmReviewSort } from '@/lib/reviews/params';
import { filmReviewPageSelect, listFilmReviewPage, listOtherReviewsOfFilm } from '@/lib/reviews/film-review-queries';

import { createFilm, createReview, createUser, unique, upvoteReview } from '../support/factories';

const T = new Date('2025-06-01T12:00:00Z');
const daysBefore = (days: number) => new Date(T.getTime() - days * 86_400_000);

/**
 * Reviews built for ties: a and h share upvotes, rating and time; c and i
 * share a time and, with 0 and 1 upvotes, a hot score; c, e and i share a
 * time. Inserted in this order, so ids rise a → i and ties go to the later letter.
 */
const PLAN = {
  a: { upvotes: 5, rating: 8, containsSpoilers: false, createdAt: daysBefore(3) },
  b: { upvotes: 5, rating: 6, containsSpoilers: true, createdAt: daysBefore(1) },
  c: { upvotes: 0, rating: 8, containsSpoilers: false, createdAt: daysBefore(2) },
  d: { upvotes: 12, rating: 3, containsSpoilers: false, createdAt: daysBefore(10) },
  e: { upvotes: 1000, rating: 10, containsSpoilers: true, createdAt: daysBefore(2) },
  f: { upvotes: 0, rating: 6, containsSpoilers: false, createdAt: T },
  g: { upvotes: 50, rating: 9, containsSpoilers: false, createdAt: T, status: 'deleted' as const },
  h: { upvotes: 5, rating: 8, containsSpoilers: false, createdAt: daysBefore(3) },
  i: { upvotes: 1, rating: 2, containsSpoilers: false, createdAt: daysBefore(2) },
};
type Letter = keyof typeof PLAN;

let filmId: number;
const idOf = {} as Record<Letter, number>;
const letterOf = new Map<number, Letter>();

beforeAll(async () => {
  const film = await createFilm();
  filmId = film.id;
  for (const [letter, values] of Object.entries(PLAN) as [Letter, (typeof PLAN)[Letter]][]) {
    const author = await createUser();
    const { upvotes, ...columns } = values;
    const review = await createReview({ filmId, authorId: author.id, title: `Review ${letter}`, ...columns });
    await upvoteReview(review.id, upvotes);
    idOf[letter] = review.id;
    letterOf.set(review.id, letter);
  }
});

const query = (overrides: Partial<FilmReviewQuery> = {}): FilmReviewQuery => ({ sort: 'top', hideSpoilers: false, ...overrides });
const letters = (cards: { id: number }[]) => cards.map((card) => letterOf.get(card.id) ?? card.id);

async function firstPage(overrides: Partial<FilmReviewQuery> = {}) {
  return letters((await listFilmReviewPage(filmId, query(overrides), { limit: 50 })).reviews);
}

/** Follows `nextCursor` to the end, two reviews a page. */
async function everyPage(target: number, overrides: Partial<FilmReviewQuery>, limit = 2) {
  const seen: number[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const result = await listFilmReviewPage(target, query({ ...overrides, after }), { limit });
    expect(result.reviews.length).toBeLessThanOrEqual(limit);
    seen.push(...result.reviews.map((card) => card.id));
    if (!result.nextCursor) return seen;
    after = result.nextCursor;
  }
  throw new Error('paging never ended');
}

const EXPECTED: Record<FilmReviewSort, Letter[]> = {
  top: ['e', 'd', 'h', 'b', 'a', 'i', 'f', 'c'],
  hot: ['f', 'e', 'b', 'i', 'c', 'h', 'a', 'd'],
  new: ['f', 'b', 'i', 'e', 'c', 'h', 'a', 'd'],
  'rating-desc': ['e', 'h', 'c', 'a', 'f', 'b', 'd', 'i'],
  'rating-asc': ['i', 'd', 'f', 'b', 'h', 'c', 'a', 'e'],
};

describe('listFilmReviewPage', () => {
  it.each(FILM_REVIEW_SORTS)('orders %s with ties broken by the later review', async (sort) => {
    expect(await firstPage({ sort })).toEqual(EXPECTED[sort]);
  });

  it.each(FILM_REVIEW_SORTS)('pages through %s two at a time, each review once, in order', async (sort) => {
    expect(letters((await everyPage(filmId, { sort })).map((id) => ({ id })))).toEqual(EXPECTED[sort]);
  });

  it('hides spoiler-flagged reviews', async () => {
    expect(await firstPage({ hideSpoilers: true })).toEqual(['d', 'h', 'a', 'i', 'f', 'c']);
  });

  it('keeps ratings within an inclusive range', async () => {
    expect(await firstPage({ minRating: 6, maxRating: 8 })).toEqual(['h', 'b', 'a', 'f', 'c']);
    expect(await firstPage({ sort: 'rating-asc', maxRating: 3 })).toEqual(['i', 'd']);
    expect(await firstPage({ sort: 'new', minRating: 10 })).toEqual(['e']);
  });

  it('pages through filters combined, without gaps', async () => {
    const filtered = { sort: 'hot' as const, hideSpoilers: true, minRating: 3 };
    expect(letters((await everyPage(filmId, filtered)).map((id) => ({ id })))).toEqual(['f', 'c', 'h', 'a', 'd']);
  });

  it('never shows a deleted review', async () => {
    for (const sort of FILM_REVIEW_SORTS) expect(await firstPage({ sort, minRating: 9, maxRating: 9 })).toEqual([]);
  });

  it('starts from the top when the cursor is tampered with', async () => {
    const tampered: [FilmReviewSort, string][] = [
      ['top', 'nonsense'],
      ['top', 'rating-desc_5_3'], // another sort's cursor, which would read as a valid top one
      ['top', 'top_five_3'],
      ['top', 'top_5_0'],
      ['top', 'top_5_3_1'],
      ['top', 'top_99999999999_3'],
      ['top', "top_5_3' or 1=1 --"],
      ['hot', 'hot_5.1e3_3'],
      ['hot', 'hot_5_3'],
      ['hot', 'hot_5.1748779200000.1_3'],
      ['rating-desc', 'rating-desc_11_3'],
      ['rating-asc', 'rating-asc_0_3'],
      ['new', 'new_99999999999999_3'],
      ['new', 'new_-1_3'],
    ];
    for (const [sort, after] of tampered) expect(await firstPage({ sort, after }), after).toEqual(EXPECTED[sort]);
    // Well-formed cursors still move on: everything after (5 upvotes, h), and after (3 days ago, h).
    expect(await firstPage({ after: `top_5_${idOf.h}` })).toEqual(['b', 'a', 'i', 'f', 'c']);
    expect(await firstPage({ sort: 'new', after: `new_${daysBefore(3).getTime()}_${idOf.h}` })).toEqual(['a', 'd']);
  });

  it('orders reviews written within one millisecond as ties, so paging neither repeats nor skips them', async () => {
    const film = await createFilm();
    const ids: number[] = [];
    for (const micros of ['100', '900', '500']) {
      const review = await createReview({ filmId: film.id, authorId: (await createUser()).id });
      // Cards carry milliseconds; PostgreSQL keeps the microseconds these differ by.
      await db.execute(
        sql`update reviews set created_at = ${`2025-06-01T12:00:00.123${micros}Z`}::timestamptz where id = ${review.id}`,
      );
      ids.push(review.id);
    }
    const newestIdFirst = [...ids].reverse();
    for (const sort of ['new', 'hot'] as const) expect(await everyPage(film.id, { sort }, 1)).toEqual(newestIdFirst);
  });
});

describe('listOtherReviewsOfFilm', () => {
  it('lists up to four other published reviews of the film, most upvoted first', async () => {
    expect(letters(await listOtherReviewsOfFilm(idOf.e))).toEqual(['d', 'h', 'b', 'a']);
    expect(letters(await listOtherReviewsOfFilm(idOf.a, 10))).toEqual(['e', 'd', 'h', 'b', 'i', 'f', 'c']);
  });
});

describe('getRatingSummary', () => {
  it('counts published reviews per rating and averages them', async () => {
    const summary = await getRatingSummary(filmId);
    expect(summary.histogram).toEqual([
      { rating: 1, count: 0 },
      { rating: 2, count: 1 },
      { rating: 3, count: 1 },
      { rating: 4, count: 0 },
      { rating: 5, count: 0 },
      { rating: 6, count: 2 },
      { rating: 7, count: 0 },
      { rating: 8, count: 3 },
      { rating: 9, count: 0 },
      { rating: 10, count: 1 },
    ]);
    expect(summary.reviewCount).toBe(8);
    expect(summary.averageRating).toBe(51 / 8);
  });

  it('has ten empty bars and no average for an unreviewed film', async () => {
    const summary = await getRatingSummary((await createFilm()).id);
    expect(summary).toMatchObject({ reviewCount: 0, averageRating: null });
    expect(summary.histogram.map((bar) => bar.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('listFilmVersions', () => {
  async function director(filmIdToCredit: number, name: string, billing = 1) {
    const [person] = await db
      .insert(people)
      .values({ slug: `person-${unique()}`, name })
      .returning();
    await db.insert(credits).values({ filmId: filmIdToCredit, personId: person!.id, job: 'director', billing });
  }

  it('compares every version of the family from any of its films', async () => {
    const original = await createFilm({ title: 'The Original', year: 2010, country: 'KR' });
    const remakeTr = await createFilm({ title: 'Remake', year: 2019, country: 'TR', versionOfId: original.id });
    const remakeId = await createFilm({ title: 'Remake', year: 2019, country: 'ID', versionOfId: original.id });
    await director(original.id, 'Kim');
    await director(remakeTr.id, 'Zeynep', 1);
    await director(remakeTr.id, 'Ali', 2);
    for (const rating of [8, 5]) await createReview({ filmId: original.id, authorId: (await createUser()).id, rating });
    await createReview({ filmId: original.id, authorId: (await createUser()).id, rating: 1, status: 'deleted' });
    await createReview({ filmId: remakeTr.id, authorId: (await createUser()).id, rating: 9 });

    const versions = await listFilmVersions(remakeTr.id);
    expect(
      versions.map((version) => [
        version.slug,
        version.directors,
        version.reviewCount,
        version.averageRating,
        version.isOriginal,
        version.isCurrent,
      ]),
    ).toEqual([
      [original.slug, ['Kim'], 2, 6.5, true, false],
      [remakeId.slug, [], 0, null, false, false],
      [remakeTr.slug, ['Zeynep', 'Ali'], 1, 9, false, true],
    ]);
    expect((await listFilmVersions(original.id)).map((version) => version.isCurrent)).toEqual([true, false, false]);
  });

  it('is empty for a film without versions', async () => {
    expect(await listFilmVersions((await createFilm()).id)).toEqual([]);
  });
});

describe('the plans of a film with many reviews', () => {
  it('reads a page of Top and of highest-rated first through an index, never sorting the film whole', async () => {
    // Inserted in a transaction that is rolled back, so no other test sees them.
    const plans: Record<string, string> = {};
    await db
      .transaction(async (tx) => {
        const [film] = await tx.execute<{ id: number }>(sql`
          insert into films (slug, title, year, country, language) values ('plan-big-film', 'Plan big film', 2000, 'KR', 'ko') returning id`);
        await tx.execute(sql`
          with members as (
            insert into users (handle, display_name, email)
            select 'plan-critic-' || n, 'Critic ' || n, 'plan-critic-' || n || '@example.com' from generate_series(1, 3000) n
            returning id)
          insert into reviews (film_id, author_id, title, body, rating, upvote_count)
          select ${film!.id}, members.id, 'Plan', repeat('Body ', 200), 1 + (random() * 9)::int, (random() * 100)::int from members`);
        await tx.execute(sql`analyze reviews`);
        for (const sort of ['top', 'rating-desc'] as const) {
          const rows = await tx.execute<{ 'QUERY PLAN': string }>(
            sql`explain ${filmReviewPageSelect(film!.id, { sort, hideSpoilers: false }, 10)}`,
          );
          plans[sort] = rows.map((row) => row['QUERY PLAN']).join('\n');
        }
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    expect(Object.keys(plans)).toHaveLength(2);
    for (const [sort, plan] of Object.entries(plans)) {
      expect(plan, `${sort}:\n${plan}`).toMatch(/Index Scan.* using reviews_film_(top|rating)_idx on reviews/);
      expect(plan, `${sort}:\n${plan}`).not.toMatch(/Sort\b/);
    }
  });
});
