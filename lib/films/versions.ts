import 'server-only';

import { and, asc, eq, or, sql } from 'drizzle-orm';

import { db } from '@/db';
import { credits, films, people, reviews } from '@/db/schema';

/** One version of a remake family, with what a reader compares them by. */
export interface FilmVersionComparison {
  slug: string;
  title: string;
  originalTitle: string | null;
  year: number;
  /** ISO 3166-1 alpha-2 */
  country: string;
  posterPath: string | null;
  /** Names in billing order. */
  directors: string[];
  reviewCount: number;
  /** Mean of published 1–10 ratings; null when unreviewed. */
  averageRating: number | null;
  /** True for the original the other versions remake. */
  isOriginal: boolean;
  /** True for the film whose page is showing. */
  isCurrent: boolean;
}

/**
 * Every version of the film's remake family, oldest first (then by country),
 * in one query: the family is found from the film itself, and directors and
 * published-review statistics are gathered per version. Empty when the film
 * has no other version.
 */
export async function listFilmVersions(filmId: number): Promise<FilmVersionComparison[]> {
  // A family hangs off its original: a remake points at it, the original points nowhere.
  const family = db
    .$with('family')
    .as(db.select({ originalId: sql<number>`coalesce(${films.versionOfId}, ${films.id})`.as('original_id') }).from(films).where(eq(films.id, filmId)));

  const directors = sql<string[]>`array(
    select ${people.name} from ${credits} join ${people} on ${people.id} = ${credits.personId}
    where ${credits.filmId} = ${films.id} and ${credits.job} = 'director'
    order by ${credits.billing}, ${people.name})`;

  const versions = await db
    .with(family)
    .select({
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      year: films.year,
      country: films.country,
      posterPath: films.posterPath,
      directors,
      reviewCount: sql<number>`count(${reviews.id})::int`,
      averageRating: sql<number | null>`avg(${reviews.rating})::float8`,
      isOriginal: sql<boolean>`${films.id} = ${family.originalId}`,
      isCurrent: sql<boolean>`${films.id} = ${filmId}`,
    })
    .from(films)
    .innerJoin(family, or(eq(films.id, family.originalId), eq(films.versionOfId, family.originalId)))
    .leftJoin(reviews, and(eq(reviews.filmId, films.id), eq(reviews.status, 'published')))
    .groupBy(films.id, family.originalId)
    .orderBy(asc(films.year), asc(films.country));

  return versions.length > 1 ? versions : [];
}
