import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { seed } from '@/db/seed';
import { listFilmCountries, listFilmIndex } from '@/lib/films/queries';
import { type FilmIndexQuery, parseFilmIndexQuery } from '@/lib/films/params';
import { hashPassword } from '@/lib/auth/password';
import { searchableText } from '@/lib/markdown/search-text';

const index = (params: Record<string, string>) => listFilmIndex(parseFilmIndexQuery(params));
const slugs = async (params: Record<string, string>) => (await index(params)).map((film) => film.slug);

/** Slugs straight from SQL, in the order given. */
async function expected(where: ReturnType<typeof sql>, order: ReturnType<typeof sql>): Promise<string[]> {
  const rows = await db.execute<{ slug: string }>(sql`
    select f.slug from films f
    left join (select film_id, count(*)::int as n, round(avg(rating), 2)::float8 as average
               from reviews where status = 'published' group by film_id) s on s.film_id = f.id
    where ${where} order by ${order}, f.id`);
  return rows.map((row) => row.slug);
}

describe('the film index', () => {
  beforeAll(async () => {
    await seed(db, { searchText: searchableText, hashPassword });
  });

  it('lists the countries films come from', async () => {
    const countries = await listFilmCountries();
    expect(countries).toEqual(expect.arrayContaining(['FR', 'ID', 'IN', 'IT', 'KR', 'PH', 'TR', 'US']));
    expect(new Set(countries).size).toBe(countries.length);
  });

  it('filters by country', async () => {
    const turkish = await index({ country: 'TR' });
    expect(turkish.map((film) => film.slug)).toContain('miracle-in-cell-no-7-2019');
    expect(turkish.every((film) => film.country === 'TR')).toBe(true);
  });

  it('filters by a year range, inclusive, whichever way round it is typed', async () => {
    const nineties = await slugs({ from: '1990', to: '1999' });
    expect(nineties).toEqual(await expected(sql`f.year between 1990 and 1999`, sql`f.title, f.year`));
    expect(nineties).toEqual(expect.arrayContaining(['forrest-gump', 'life-is-beautiful', 'whats-eating-gilbert-grape']));
    expect(nineties).not.toContain('rain-man');
    expect(await slugs({ from: '1999', to: '1990' })).toEqual(nineties);
    expect(await slugs({ from: '2022' })).toEqual(await expected(sql`f.year >= 2022`, sql`f.title, f.year`));
  });

  it('keeps to remake families with Has versions', async () => {
    const families = await slugs({ versions: '1', country: 'KR' });
    expect(families).toContain('miracle-in-cell-no-7');
    expect(families).not.toContain('parasite');
    const all = await slugs({ versions: '1' });
    expect(all).toEqual(
      await expected(
        sql`(f.version_of_id is not null or exists (select 1 from films v where v.version_of_id = f.id))`,
        sql`f.title, f.year`,
      ),
    );
    expect(all).toEqual(expect.arrayContaining(['miracle-in-cell-no-7-2019', 'miracle-in-cell-no-7-2022-indonesia']));
  });

  it.each<[FilmIndexQuery['sort'], ReturnType<typeof sql>]>([
    ['title', sql`f.title, f.year`],
    ['year', sql`f.year desc, f.title`],
    ['rating', sql`s.average desc nulls last, coalesce(s.n, 0) desc, f.title`],
    ['reviews', sql`coalesce(s.n, 0) desc, s.average desc nulls last, f.title`],
  ])('sorts by %s', async (sort, order) => {
    expect(await slugs({ sort })).toEqual(await expected(sql`true`, order));
  });

  it('combines filters and sort, and ignores parameters it cannot read', async () => {
    const rows = await index({ country: 'US', sort: 'year' });
    expect(rows.map((film) => film.year)).toEqual([...rows.map((film) => film.year)].sort((a, b) => b - a));
    expect(await slugs({ country: 'nowhere', from: 'then', sort: 'best' })).toEqual(await slugs({}));
    expect(await index({ country: 'ZZ' })).toEqual([]);
  });
});
