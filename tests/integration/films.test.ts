import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { seed } from '@/db/seed';
import { getFilmDetail, listFilms } from '@/lib/films/queries';
import { hashPassword } from '@/lib/auth/password';
import { searchableText } from '@/lib/markdown/search-text';

import { createFilm, createReview, createUser } from '../support/factories';

beforeAll(async () => {
  await seed(db, { searchText: searchableText, hashPassword });
});

describe('getFilmDetail', () => {
  it('gathers a film with its credits, versions and where to watch it', async () => {
    const film = await getFilmDetail('miracle-in-cell-no-7');
    expect(film).toMatchObject({
      title: 'Miracle in Cell No. 7',
      year: 2013,
      country: 'KR',
      basedOnTrueEvents: true,
    });
    expect(film!.directors.map((person) => person.name)).toEqual(['Lee Hwan-kyung']);
    expect(film!.cast.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Ryu Seung-ryong', 'Kal So-won', 'Park Shin-hye', 'Oh Dal-su', 'Jung Jin-young']),
    );
    expect(film!.composers.map((person) => person.name)).toContain('Lee Dong-jun');
    expect(film!.versions.map((version) => [version.year, version.country, version.isOriginal, version.isCurrent])).toEqual([
      [2013, 'KR', true, true],
      [2019, 'TR', false, false],
      [2022, 'ID', false, false],
      [2022, 'PH', false, false],
    ]);
    expect(film!.watchOptions.length).toBeGreaterThan(0);
  });

  it('shows the same family from a remake, marking the original', async () => {
    const remake = await getFilmDetail('miracle-in-cell-no-7-2019');
    expect(remake!.originalTitle).toBe('7. Koğuştaki Mucize');
    expect(remake!.versions.find((version) => version.isCurrent)?.slug).toBe('miracle-in-cell-no-7-2019');
    expect(remake!.versions.find((version) => version.isOriginal)?.slug).toBe('miracle-in-cell-no-7');
  });

  it('has no versions for a film without remakes, and null for an unknown slug', async () => {
    expect((await getFilmDetail('parasite'))!.versions).toEqual([]);
    expect(await getFilmDetail('no-such-film')).toBeNull();
  });

  it('averages published ratings only', async () => {
    const film = await createFilm();
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    await createReview({ filmId: film.id, authorId: a.id, rating: 6 });
    await createReview({ filmId: film.id, authorId: b.id, rating: 9 });
    await createReview({ filmId: film.id, authorId: c.id, rating: 1, status: 'deleted' });
    expect(await getFilmDetail(film.slug)).toMatchObject({ reviewCount: 2, averageRating: 7.5 });
  });
});

describe('listFilms', () => {
  it('lists every film with its review count and average', async () => {
    const films = await listFilms();
    expect(films.map((film) => film.slug)).toEqual(expect.arrayContaining(['miracle-in-cell-no-7', 'parasite', 'rain-man']));
    const miracle = films.find((film) => film.slug === 'miracle-in-cell-no-7');
    expect(miracle!.reviewCount).toBeGreaterThanOrEqual(4);
    expect(miracle!.averageRating).toBeGreaterThanOrEqual(1);
    expect(miracle!.averageRating).toBeLessThanOrEqual(10);
  });
});
