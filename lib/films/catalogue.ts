import 'server-only';

import { and, asc, desc, eq, exists, gte, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

import { db } from '@/db';
import { films } from '@/db/schema';

import type { FilmIndexQuery, FilmSort } from './params';
import { summaryQuery } from './queries';
import type { FilmSummary } from './types';

/**
 * The film index: every film, filtered and sorted as its URL says. The
 * catalogue is small enough to list whole (hundreds of films, not millions);
 * when it grows past that, this is the query to page by keyset.
 */
export async function listFilmIndex(query: FilmIndexQuery): Promise<FilmSummary[]> {
  const { stats, columns } = summaryQuery();
  const versions = alias(films, 'versions');
  const conditions: Array<SQL | undefined> = [
    query.country ? eq(films.country, query.country) : undefined,
    query.from !== undefined ? gte(films.year, query.from) : undefined,
    query.to !== undefined ? lte(films.year, query.to) : undefined,
    query.hasVersions
      ? or(
          isNotNull(films.versionOfId),
          exists(
            db
              .select({ one: sql`1` })
              .from(versions)
              .where(eq(versions.versionOfId, films.id)),
          ),
        )
      : undefined,
  ];
  const orders: Record<FilmSort, SQL[]> = {
    title: [asc(films.title), asc(films.year)],
    year: [desc(films.year), asc(films.title)],
    // Unreviewed films last, whichever way the numbers go.
    rating: [sql`${stats.averageRating} desc nulls last`, desc(columns.reviewCount), asc(films.title)],
    reviews: [desc(columns.reviewCount), sql`${stats.averageRating} desc nulls last`, asc(films.title)],
  };
  return db
    .select(columns)
    .from(films)
    .leftJoin(stats, eq(stats.filmId, films.id))
    .where(and(...conditions))
    .orderBy(...orders[query.sort], asc(films.id));
}

/** The countries films come from, for the index's country filter. */
export async function listFilmCountries(): Promise<string[]> {
  const rows = await db.selectDistinct({ country: films.country }).from(films).orderBy(asc(films.country));
  return rows.map((row) => row.country);
}
