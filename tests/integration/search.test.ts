import { sql, TransactionRollbackError } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { seed } from '@/db/seed';
import { hashPassword } from '@/lib/auth/password';
import { searchableText } from '@/lib/markdown/search-text';
import { SPOILER_EXCERPT } from '@/lib/reviews/queries';
import {
  filmSearchSelect,
  peopleSearchSelect,
  REVIEWS_PER_PAGE,
  reviewSearchSelect,
  searchFilms,
  searchPeople,
  searchReviews,
} from '@/lib/search/queries';

import { createFilm, createReview, createUser, unique } from '../support/factories';

const slugs = async (q: string) => (await searchFilms(q)).items.map((film) => film.slug);

describe('film search', () => {
  beforeAll(async () => {
    await seed(db, { searchText: searchableText, hashPassword });
  });

  it('finds every version of Miracle in Cell No. 7 from a loose query', async () => {
    const found = await slugs('miracle cell 7');
    expect(found.slice(0, 4).sort()).toEqual([
      'miracle-in-cell-no-7',
      'miracle-in-cell-no-7-2019',
      'miracle-in-cell-no-7-2022-indonesia',
      'miracle-in-cell-no-7-2022-philippines',
    ]);
  });

  it('finds the Turkish version by its original title typed without accents', async () => {
    expect((await slugs('kogustaki mucize'))[0]).toBe('miracle-in-cell-no-7-2019');
    expect((await slugs('KOĞUŞTAKİ'))[0]).toBe('miracle-in-cell-no-7-2019');
  });

  it.each([
    ['rain mann', 'rain-man'],
    ['forest gump', 'forrest-gump'],
    ['parasit', 'parasite'],
    ['la vita e bella', 'life-is-beautiful'],
    ['gilbert', 'whats-eating-gilbert-grape'],
  ])('tolerates typos and partial titles: %s', async (q, slug) => {
    expect((await slugs(q))[0]).toBe(slug);
  });

  it('finds nothing for nonsense, and counts what it finds', async () => {
    expect(await searchFilms('qqxxzz')).toEqual({ items: [], total: 0, page: 1, hasMore: false });
    const versions = await searchFilms('miracle cell 7');
    expect(versions.total).toBe(versions.items.length);
  });

  it('pages by a bounded page number', async () => {
    const prefix = `pagingfilm${unique()}`;
    for (let n = 0; n < 11; n += 1) await createFilm({ title: `${prefix} ${n}` });
    const first = await searchFilms(prefix, 1);
    const second = await searchFilms(prefix, 2);
    expect(first).toMatchObject({ total: 11, hasMore: true });
    expect(first.items).toHaveLength(8);
    expect(second).toMatchObject({ total: 11, hasMore: false, page: 2 });
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((film) => film.id)).size).toBe(11);
  });
});

describe('review search', () => {
  it('ranks title matches above body matches and pages by (rank, id) without repeats', async () => {
    const word = `quokka${unique()}`;
    const author = await createUser();
    const ids: number[] = [];
    for (let n = 0; n < 13; n += 1) {
      const film = await createFilm();
      const review = await createReview({
        filmId: film.id,
        authorId: author.id,
        title: n === 5 ? `The ${word} verdict` : 'A verdict',
        body: `Here the ${word} appears once. ${'Plain words follow. '.repeat(n + 1)}`,
      });
      ids.push(review.id);
    }
    const first = await searchReviews(word);
    expect(first.total).toBe(13);
    expect(first.items).toHaveLength(REVIEWS_PER_PAGE);
    expect(first.items[0]!.id).toBe(ids[5]);
    expect(first.nextCursor).not.toBeNull();
    const second = await searchReviews(word, first.nextCursor!);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((card) => card.id);
    expect(seen.sort()).toEqual([...ids].sort());
    // A cursor it did not make starts again from the top.
    expect((await searchReviews(word, 'nonsense_1')).items).toEqual(first.items);
  });

  it('never finds a review by words hidden in its spoilers, and never shows them', async () => {
    const hidden = `zanzibar${unique()}`;
    const block = `flibbertigibbet${unique()}`;
    const shared = `pacing${unique()}`;
    const author = await createUser();
    const film = await createFilm();
    const secondFilm = await createFilm();
    const inline = await createReview({
      filmId: film.id,
      authorId: author.id,
      body: `The ${shared} is patient. >!In the end ${hidden} was the father all along.!<`,
    });
    await createReview({
      filmId: secondFilm.id,
      authorId: author.id,
      body: `Opening words about ${shared}.\n\n:::spoiler\nThe twist: ${block} survives.\n:::\n\nClosing thoughts.`,
      containsSpoilers: true,
    });
    expect((await searchReviews(hidden)).items).toEqual([]);
    expect((await searchReviews(block)).items).toEqual([]);
    const found = await searchReviews(shared);
    expect(found.items.map((card) => card.id)).toContain(inline.id);
    expect(found.items).toHaveLength(2);
    for (const card of found.items) {
      expect(JSON.stringify(card)).not.toContain(hidden);
      expect(JSON.stringify(card)).not.toContain(block);
    }
    expect(found.items.find((card) => card.containsSpoilers)?.excerpt).toBe(SPOILER_EXCERPT);
  });

  it('leaves out reviews that are not published', async () => {
    const word = `draftword${unique()}`;
    await createReview({ filmId: (await createFilm()).id, authorId: (await createUser()).id, body: word, status: 'deleted' });
    expect(await searchReviews(word)).toMatchObject({ items: [], total: 0 });
  });

  it('survives queries that are only stop words or operators', async () => {
    for (const q of ['the and', '"', '-', 'or or or', '!!', '<>&']) {
      expect((await searchReviews(q)).items).toEqual([]);
    }
  });
});

describe('people search', () => {
  it('finds members by handle or display name, never deleted or banned ones', async () => {
    const id = unique();
    await createUser({ handle: `cinephile-${id}`, displayName: 'Zoë Marchetti' });
    await createUser({ handle: `gone-${id}`, displayName: 'Zoë Marchetti Gone', deletedAt: new Date() });
    await createUser({ handle: `banned-${id}`, displayName: 'Zoë Marchetti Banned', bannedAt: new Date() });
    const byName = await searchPeople('zoe marchetti');
    expect(byName.items.map((person) => person.handle)).toEqual([`cinephile-${id}`]);
    expect((await searchPeople(`cinephile-${id}`)).items[0]?.handle).toBe(`cinephile-${id}`);
  });
});

describe('search plans', () => {
  it('reads films, members and reviews through their search indexes', async () => {
    let plans: Record<string, string> = {};
    await db
      .transaction(async (tx) => {
        // Enough rows that reading them all would be the planner's choice if the indexes did not fit.
        await tx.execute(sql`
          with members as (
            insert into users (handle, display_name, email)
            select 'planner-' || n, 'Planner ' || md5(n::text), 'planner-' || n || '@example.com' from generate_series(1, 200) n
            returning id),
          catalogue as (
            insert into films (slug, title, year, country, language)
            select 'plan-search-' || n, 'Film ' || md5(n::text), 2000, 'KR', 'ko' from generate_series(1, 100) n
            returning id)
          insert into reviews (film_id, author_id, title, body, rating)
          select catalogue.id, members.id, 'Plan ' || md5(catalogue.id::text),
                 'A body about ' || md5(members.id::text || catalogue.id::text) || ' and nothing else.', 5
          from catalogue cross join members`);
        await tx.execute(sql`
          insert into films (slug, title, year, country, language)
          select 'plan-bulk-' || n, 'Bulk ' || md5(n::text), 2000, 'KR', 'ko' from generate_series(1, 30000) n`);
        await tx.execute(sql`
          insert into users (handle, display_name, email)
          select 'bulk-' || n, 'Bulk ' || md5(n::text), 'bulk-' || n || '@example.com' from generate_series(1, 5000) n`);
        await tx.execute(sql`analyze films; analyze users; analyze reviews`);
        const explain = async (query: Parameters<typeof tx.execute>[0]) => {
          const rows = await tx.execute<{ 'QUERY PLAN': string }>(sql`explain ${query}`);
          return rows.map((row) => row['QUERY PLAN']).join('\n');
        };
        plans = {
          films: await explain(filmSearchSelect('miracle cell 7', 1)),
          people: await explain(peopleSearchSelect('zoe marchetti', 1)),
          reviews: await explain(reviewSearchSelect('pacing patient', undefined, 11)),
          reviewsAfter: await explain(reviewSearchSelect('pacing patient', '0.06079271_5', 11)),
        };
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    expect(plans.films, plans.films).toMatch(/Bitmap Index Scan on films_search_trgm_idx/);
    expect(plans.films, plans.films).not.toMatch(/Seq Scan on (films|reviews)/);
    expect(plans.people, plans.people).toMatch(/Bitmap Index Scan on users_search_trgm_idx/);
    for (const key of ['reviews', 'reviewsAfter'] as const) {
      expect(plans[key], plans[key]).toMatch(/Bitmap Index Scan on reviews_search_idx/);
      expect(plans[key], plans[key]).not.toMatch(/Seq Scan on reviews/);
    }
  });
});
