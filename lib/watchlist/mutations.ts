import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

export type WatchlistOutcome = { ok: true; onWatchlist: boolean; wanting: number } | { ok: false; reason: 'not-found' };

/**
 * Puts the film on `actor`'s watchlist or takes it off. The primary key keeps
 * one row per member and film, so asking twice is the same as once; the
 * count returned is the film's after the change, for the toggle to show.
 */
export async function setOnWatchlist(input: {
  actor: { id: string };
  filmSlug: string;
  wanted: boolean;
}): Promise<WatchlistOutcome> {
  const { actor, filmSlug, wanted } = input;
  return db.transaction(async (tx) => {
    const [film] = await tx.execute<{ id: number }>(sql`select id from films where slug = ${filmSlug}`);
    if (!film) return { ok: false, reason: 'not-found' };
    await tx.execute(
      wanted
        ? sql`insert into watchlist_entries (user_id, film_id) values (${actor.id}, ${film.id}) on conflict do nothing`
        : sql`delete from watchlist_entries where user_id = ${actor.id} and film_id = ${film.id}`,
    );
    const [count] = await tx.execute<{ wanting: number }>(
      sql`select count(*)::int as wanting from watchlist_entries where film_id = ${film.id}`,
    );
    return { ok: true, onWatchlist: wanted, wanting: count?.wanting ?? 0 };
  });
}
