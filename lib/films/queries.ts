import 'server-only';

import { asc, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviews } from '@/db/schema';

import { ratingCountsJson, toRatingSummary } from './rating-summary';
import type { FilmCredit, FilmDetail, FilmSummary, WatchOption } from './types';
import { type FilmVersionComparison, familyComparisonJson } from './versions';

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
           ${familyComparisonJson(sql`f.id`)} as versions
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
