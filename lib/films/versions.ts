import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';

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
