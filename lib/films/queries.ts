import 'server-only';

import { and, asc, desc, eq, exists, gte, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

import { db } from '@/db';
import { films, reviews } from '@/db/schema';

import type { FilmIndexQuery, FilmSort } from './params';
import { toRatingSummary } from './rating-summary';
import type { FilmCredit, FilmDetail, FilmSummary, FilmVersionComparison, RatingSummary, WatchOption } from './types';

/** Review count and mean rating per film, over published reviews only. */
const ratingStats = () =>
  db
    .select({
      filmId: reviews.filmId,
      reviewCount: sql<number>`count(*)::int`.as('review_count'),
      averageRating: sql<number | null>`round(avg(${reviews.rating}), 2)::float8`.as('average_rating'),
    })
    .from(reviews)
    .where(eq(reviews.status, 'published'))
    .groupBy(reviews.filmId)
    .as('rating_stats');

/** A FilmSummary's own columns; its review statistics come from wherever the list reads them. */
export const filmSummaryColumns = {
  id: films.id,
  slug: films.slug,
  title: films.title,
  originalTitle: films.originalTitle,
  year: films.year,
  country: films.country,
  posterPath: films.posterPath,
};

/** The columns of a FilmSummary, and the stats subquery to left-join for them. */
function summaryQuery() {
  const stats = ratingStats();
  const columns = {
    ...filmSummaryColumns,
    reviewCount: sql<number>`coalesce(${stats.reviewCount}, 0)::int`,
    averageRating: stats.averageRating,
  };
  return { stats, columns };
}

/** Every film, A–Z. The catalogue is small enough to list whole; search and filters page it later. */
export async function listFilms(): Promise<FilmSummary[]> {
  const { stats, columns } = summaryQuery();
  return db.select(columns).from(films).leftJoin(stats, eq(stats.filmId, films.id)).orderBy(asc(films.title), asc(films.year));
}

type FilmDetailRow = {
  id: number;
  slug: string;
  title: string;
  original_title: string | null;
  year: number;
  country: string;
  poster_path: string | null;
  language: string;
  runtime_minutes: number | null;
  synopsis: string;
  based_on_true_events: boolean;
  credits: FilmCredit[];
  watch_options: WatchOption[];
  rating_counts: Array<{ rating: number; count: number }>;
  versions: FilmVersionComparison[];
  wanting: number;
};

/**
 * A film's page in one statement, whatever the catalogue's size: the film,
 * its credits, where to watch it, its rating bars and its remake family
 * each come from a subquery on that film's own rows.
 */
export async function getFilmDetail(slug: string): Promise<FilmDetail | null> {
  const [film] = await db.execute<FilmDetailRow>(sql`
    select f.id, f.slug, f.title, f.original_title, f.year, f.country, f.poster_path,
           f.language, f.runtime_minutes, f.synopsis, f.based_on_true_events,
           (select coalesce(json_agg(json_build_object(
                     'personSlug', p.slug, 'name', p.name, 'originalName', p.original_name,
                     'job', c.job, 'character', c.character
                   ) order by c.billing, p.name), '[]'::json)
              from credits c join people p on p.id = c.person_id
             where c.film_id = f.id) as credits,
           (select coalesce(json_agg(json_build_object('name', w.name, 'url', w.url, 'region', w.region)
                   order by w.region, w.name), '[]'::json)
              from watch_providers w where w.film_id = f.id) as watch_options,
           ${ratingCountsJson(sql`f.id`)} as rating_counts,
           ${familyComparisonJson(sql`f.id`)} as versions,
           (select count(*)::int from watchlist_entries w where w.film_id = f.id) as wanting
      from films f
     where f.slug = ${slug}`);
  if (!film) return null;

  const ratings = toRatingSummary(film.rating_counts);
  const byJob = (job: FilmCredit['job']) => film.credits.filter((credit) => credit.job === job);
  return {
    id: film.id,
    slug: film.slug,
    title: film.title,
    originalTitle: film.original_title,
    year: film.year,
    country: film.country,
    posterPath: film.poster_path,
    language: film.language,
    runtimeMinutes: film.runtime_minutes,
    synopsis: film.synopsis,
    basedOnTrueEvents: film.based_on_true_events,
    reviewCount: ratings.reviewCount,
    averageRating: ratings.averageRating === null ? null : Math.round(ratings.averageRating * 100) / 100,
    ratings,
    directors: byJob('director'),
    writers: byJob('writer'),
    composers: byJob('composer'),
    cast: byJob('cast'),
    versions: film.versions,
    watchOptions: film.watch_options,
    wanting: film.wanting,
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

/** How many published reviews give each rating, as a JSON array of {rating, count}, zeros left out. */
export function ratingCountsJson(filmId: SQL): SQL<Array<{ rating: number; count: number }>> {
  return sql<Array<{ rating: number; count: number }>>`(
    select coalesce(json_agg(json_build_object('rating', rating, 'count', n)), '[]'::json)
      from (select r.rating, count(*)::int as n from reviews r
             where r.film_id = ${filmId} and r.status = 'published' group by r.rating) counts
  )`;
}

/** How a film's published reviews rate it. */
export async function getRatingSummary(filmId: number): Promise<RatingSummary> {
  const [row] = await db.execute<{ counts: Array<{ rating: number; count: number }> }>(
    sql`select ${ratingCountsJson(sql`${filmId}::int`)} as counts`,
  );
  return toRatingSummary(row?.counts ?? []);
}

/**
 * Every version of the film's remake family as one JSON array, oldest first
 * (then by country), with directors and published-review statistics per
 * version; an empty array when the film has no other version. A family
 * hangs off its original: a remake points at it, the original points
 * nowhere. Each version's statistics read only its own reviews (the
 * film_id index), so a large catalogue costs nothing here.
 */
export function familyComparisonJson(filmId: SQL): SQL<FilmVersionComparison[]> {
  return sql<FilmVersionComparison[]>`(
    with origin as (select coalesce(version_of_id, id) as id from films where id = ${filmId}),
    family as (
      select v.*, v.id = origin.id as is_original
        from films v, origin
       where v.id = origin.id or v.version_of_id = origin.id
    )
    select case when count(*) > 1 then json_agg(json_build_object(
             'slug', family.slug, 'title', family.title, 'originalTitle', family.original_title,
             'year', family.year, 'country', family.country, 'posterPath', family.poster_path,
             'directors', array(
               select p.name from credits c join people p on p.id = c.person_id
                where c.film_id = family.id and c.job = 'director'
                order by c.billing, p.name),
             'reviewCount', stats.review_count, 'averageRating', stats.average_rating,
             'isOriginal', family.is_original, 'isCurrent', family.id = ${filmId}
           ) order by family.year, family.country) else '[]'::json end
      from family
      cross join lateral (
        select count(*)::int as review_count, avg(r.rating)::float8 as average_rating
          from reviews r where r.film_id = family.id and r.status = 'published'
      ) stats
  )`;
}

/** The film's remake family, as its page compares them; empty when it has no other version. */
export async function listFilmVersions(filmId: number): Promise<FilmVersionComparison[]> {
  const [row] = await db.execute<{ versions: FilmVersionComparison[] }>(
    sql`select ${familyComparisonJson(sql`${filmId}::int`)} as versions`,
  );
  return row?.versions ?? [];
}
