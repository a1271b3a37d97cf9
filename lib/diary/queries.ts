import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import type { DiaryEntryView, DiaryPage, FilmWatchState } from './types';

/** Watches per diary page. */
export const DIARY_PAGE_SIZE = 100;

/** How many of their own latest watches a film page reminds the member of. */
const RECENT_WATCHES = 5;

const NO_STATE: FilmWatchState = { onWatchlist: false, ownReviewId: null, watches: [] };

/** The signed-in member's watchlist place, review and latest watches of one film, in one statement. */
export async function getFilmWatchState(filmId: number, viewerId: string | undefined): Promise<FilmWatchState> {
  if (!viewerId) return NO_STATE;
  const [row] = await db.execute<{
    on_watchlist: boolean;
    own_review_id: number | null;
    watches: FilmWatchState['watches'];
  }>(sql`
    select exists (select 1 from watchlist_entries where user_id = ${viewerId} and film_id = ${filmId}) as on_watchlist,
           (select id from reviews where film_id = ${filmId} and author_id = ${viewerId} and status = 'published') as own_review_id,
           (select coalesce(json_agg(json_build_object('watchedOn', watched_on, 'rewatch', rewatch)), '[]'::json)
              from (select watched_on, rewatch from diary_entries
                     where user_id = ${viewerId} and film_id = ${filmId}
                     order by watched_on desc, id desc limit ${RECENT_WATCHES}) latest) as watches`);
  return row ? { onWatchlist: row.on_watchlist, ownReviewId: row.own_review_id, watches: row.watches } : NO_STATE;
}

type EntryRow = Omit<DiaryEntryView, 'film'> & { film: DiaryEntryView['film'] };

/** A member's diary, newest watch first, a page at a time by keyset; null when there is no such member. */
export async function getDiaryPage(handle: string, after: { watchedOn: string; id: number } | null): Promise<DiaryPage | null> {
  const cursor = after ? sql`and (d.watched_on, d.id) < (${after.watchedOn}::date, ${after.id})` : sql``;
  const [row] = await db.execute<{ handle: string; display_name: string; entries: EntryRow[] }>(sql`
    select u.handle, u.display_name,
           (select coalesce(json_agg(json_build_object(
                     'id', id, 'watchedOn', watched_on, 'rewatch', rewatch, 'rating', rating, 'reviewId', review_id,
                     'film', json_build_object('slug', slug, 'title', title, 'year', year, 'posterPath', poster_path))), '[]'::json)
              from (select d.id, d.watched_on, d.rewatch, d.rating, f.slug, f.title, f.year, f.poster_path,
                           (select r.id from reviews r where r.id = d.review_id and r.status = 'published') as review_id
                      from diary_entries d join films f on f.id = d.film_id
                     where d.user_id = u.id ${cursor}
                     order by d.watched_on desc, d.id desc
                     limit ${DIARY_PAGE_SIZE + 1}) page) as entries
      from users u
     where u.handle = ${handle} and u.deleted_at is null and u.banned_at is null`);
  if (!row) return null;
  const entries = row.entries.slice(0, DIARY_PAGE_SIZE);
  const last = entries.at(-1);
  return {
    member: { handle: row.handle, displayName: row.display_name },
    entries,
    nextCursor: row.entries.length > DIARY_PAGE_SIZE && last ? `${last.watchedOn}_${last.id}` : null,
  };
}
