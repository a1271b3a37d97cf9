import 'server-only';

import { asc, eq, or, sql } from 'drizzle-orm';

import { db } from '@/db';
import { credits, films, people, reviews, watchProviders } from '@/db/schema';

import type { FilmCredit, FilmDetail, FilmSummary, FilmVersion } from './types';

/** Review count and mean rating per film, over published reviews only. */
const ratingStats = () => db
  .select({
    filmId: reviews.filmId,
    reviewCount: sql<number>`count(*)::int`.as('review_count'),
    averageRating: sql<number | null>`round(avg(${reviews.rating}), 2)::float8`.as('average_rating'),
  })
  .from(reviews)
  .where(eq(reviews.status, 'published'))
  .groupBy(reviews.filmId)
  .as('rating_stats');

/** The columns of a FilmSummary, and the stats subquery to left-join for them. */
export function summaryQuery() {
  const stats = ratingStats();
  const columns = {
    id: films.id,
    slug: films.slug,
    title: films.title,
    originalTitle: films.originalTitle,
    year: films.year,
    country: films.country,
    posterPath: films.posterPath,
    reviewCount: sql<number>`coalesce(${stats.reviewCount}, 0)::int`,
    averageRating: stats.averageRating,
  };
  return { stats, columns };
}

/** Every film, A–Z. The catalogue is small enough to list whole; search and filters page it later. */
export async function listFilms(): Promise<FilmSummary[]> {
  const { stats, columns } = summaryQuery();
  return db
    .select(columns)
    .from(films)
    .leftJoin(stats, eq(stats.filmId, films.id))
    .orderBy(asc(films.title), asc(films.year));
}

export async function getFilmDetail(slug: string): Promise<FilmDetail | null> {
  const { stats, columns } = summaryQuery();
  const [film] = await db
    .select({
      ...columns,
      language: films.language,
      runtimeMinutes: films.runtimeMinutes,
      synopsis: films.synopsis,
      basedOnTrueEvents: films.basedOnTrueEvents,
      versionOfId: films.versionOfId,
    })
    .from(films)
    .leftJoin(stats, eq(stats.filmId, films.id))
    .where(eq(films.slug, slug))
    .limit(1);
  if (!film) return null;

  const originalId = film.versionOfId ?? film.id;
  const [credited, family, watchOptions] = await Promise.all([
    db
      .select({
        personSlug: people.slug,
        name: people.name,
        originalName: people.originalName,
        job: credits.job,
        character: credits.character,
      })
      .from(credits)
      .innerJoin(people, eq(people.id, credits.personId))
      .where(eq(credits.filmId, film.id))
      .orderBy(asc(credits.billing), asc(people.name)),
    db
      .select({
        id: films.id,
        slug: films.slug,
        title: films.title,
        originalTitle: films.originalTitle,
        year: films.year,
        country: films.country,
        posterPath: films.posterPath,
      })
      .from(films)
      .where(or(eq(films.id, originalId), eq(films.versionOfId, originalId)))
      .orderBy(asc(films.year), asc(films.country)),
    db
      .select({ name: watchProviders.name, url: watchProviders.url, region: watchProviders.region })
      .from(watchProviders)
      .where(eq(watchProviders.filmId, film.id))
      .orderBy(asc(watchProviders.region), asc(watchProviders.name)),
  ]);

  const byJob = (job: FilmCredit['job']) => credited.filter((credit) => credit.job === job);
  const versions: FilmVersion[] =
    family.length > 1
      ? family.map(({ id, ...version }) => ({ ...version, isOriginal: id === originalId, isCurrent: id === film.id }))
      : [];

  const { versionOfId: _versionOfId, ...filmSummary } = film;
  return {
    ...filmSummary,
    directors: byJob('director'),
    writers: byJob('writer'),
    composers: byJob('composer'),
    cast: byJob('cast'),
    versions,
    watchOptions,
  };
}

/** The id and title of a film, for pages that only need to name it. */
export async function findFilmBySlug(slug: string) {
  const [film] = await db
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(eq(films.slug, slug))
    .limit(1);
  return film ?? null;
}
