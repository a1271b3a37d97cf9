import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import type { LogWatchInput } from './params';

export type LogWatchOutcome = { ok: true; entryId: number } | { ok: false; reason: 'not-found' | 'no-review' };

/**
 * Adds one watch of the film to `actor`'s diary and, in the same
 * transaction, takes the film off their watchlist: they have seen it now.
 * Several watches of one film are several entries. A link goes only to the
 * actor's own published review of this same film.
 */
export async function logWatch(input: {
  actor: { id: string };
  filmSlug: string;
  watch: LogWatchInput;
}): Promise<LogWatchOutcome> {
  const { actor, filmSlug, watch } = input;
  return db.transaction(async (tx) => {
    const [film] = await tx.execute<{ id: number; review_id: number | null }>(sql`
      select f.id,
             (select r.id from reviews r where r.film_id = f.id and r.author_id = ${actor.id} and r.status = 'published') as review_id
        from films f where f.slug = ${filmSlug}`);
    if (!film) return { ok: false, reason: 'not-found' };
    if (watch.linkReview && film.review_id === null) return { ok: false, reason: 'no-review' };
    const [entry] = await tx.execute<{ id: number }>(sql`
      insert into diary_entries (user_id, film_id, watched_on, rewatch, rating, review_id)
      values (${actor.id}, ${film.id}, ${watch.watchedOn}, ${watch.rewatch}, ${watch.rating},
              ${watch.linkReview ? film.review_id : null})
      returning id`);
    await tx.execute(sql`delete from watchlist_entries where user_id = ${actor.id} and film_id = ${film.id}`);
    return { ok: true, entryId: entry!.id };
  });
}
