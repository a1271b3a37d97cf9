import { describe, expect, it } from 'vitest';

import { listSitemapPaths } from '@/lib/seo/queries';

import { createFilm, createReview, createUser } from '../support/factories';

describe('the sitemap', () => {
  it('lists films, published reviews and the members who wrote them, nothing deleted', async () => {
    const film = await createFilm();
    const writer = await createUser();
    const silent = await createUser();
    const gone = await createUser({ deletedAt: new Date() });
    const published = await createReview({ filmId: film.id, authorId: writer.id });
    const deleted = await createReview({ filmId: film.id, authorId: silent.id, status: 'deleted' });
    await createReview({ filmId: film.id, authorId: gone.id });

    const paths = await listSitemapPaths();
    const all = [...paths.films, ...paths.reviews, ...paths.members].map((entry) => entry.path);
    expect(all).toEqual(expect.arrayContaining([`/films/${film.slug}`, `/reviews/${published.id}`, `/u/${writer.handle}`]));
    expect(all).not.toContain(`/reviews/${deleted.id}`);
    expect(all).not.toContain(`/u/${silent.handle}`);
    expect(all).not.toContain(`/u/${gone.handle}`);
    for (const entry of [...paths.reviews, ...paths.members]) expect(entry.lastModified).toBeInstanceOf(Date);
    expect(new Set(all).size).toBe(all.length);
  });
});
