import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import type { WatchlistPage, WatchlistSort } from './types';

const ORDER = {
  added: sql.raw('w.created_at desc, f.id desc'),
  year: sql.raw('f.year desc, f.title, f.id'),
  rating: sql.raw('average_rating desc nulls last, f.title, f.id'),
} as const satisfies Record<WatchlistSort, unknown>;

/** The most a watchlist page lists; a member with more sees the first this many in the chosen order. */
export const WATCHLIST_PAGE_SIZE = 200;

type Row = { handle: string; display_name: string; hidden: boolean; films: Array<Record<string, unknown>> | null };

/**
 * A member's watchlist in one statement, or null when there is no such
 * member. A private watchlist is listed only for its owner.
 */
export async function getWatchlistPage(
  handle: string,
  viewerId: string | undefined,
  sort: WatchlistSort,
): Promise<WatchlistPage | null> {
  const [row] = await db.execute<Row>(sql`
    select u.handle, u.display_name,
           (u.watchlist_private and u.id is distinct from ${viewerId ?? null}::uuid) as hidden,
           case when u.watchlist_private and u.id is distinct from ${viewerId ?? null}::uuid then null else
             (select coalesce(json_agg(json_build_object(
                       'slug', slug, 'title', title, 'year', year, 'posterPath', poster_path,
                       'averageRating', average_rating, 'addedAt', created_at)), '[]'::json)
                from (select f.slug, f.title, f.year, f.poster_path, w.created_at,
                             (select round(avg(r.rating), 2)::float from reviews r
                               where r.film_id = f.id and r.status = 'published') as average_rating
                        from watchlist_entries w join films f on f.id = w.film_id
                       where w.user_id = u.id
                       order by ${ORDER[sort]}
                       limit ${WATCHLIST_PAGE_SIZE}) listed)
           end as films
      from users u
     where u.handle = ${handle} and u.deleted_at is null and u.banned_at is null`);
  if (!row) return null;
  const member = { handle: row.handle, displayName: row.display_name };
  if (row.hidden || !row.films) return { visible: false, member };
  return {
    visible: true,
    member,
    films: row.films.map((film) => ({
      slug: String(film.slug),
      title: String(film.title),
      year: Number(film.year),
      posterPath: (film.posterPath as string | null) ?? null,
      averageRating: film.averageRating === null ? null : Number(film.averageRating),
      addedAt: new Date(String(film.addedAt)),
    })),
  };
}
