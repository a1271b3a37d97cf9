import { describe, expect, it } from 'vitest';

import { logWatch } from '@/lib/diary/mutations';
import { getDiaryPage, getFilmWatchState } from '@/lib/diary/queries';
import { getFilmDetail } from '@/lib/films/queries';
import { setOnWatchlist } from '@/lib/watchlist/mutations';
import { getWatchlistPage } from '@/lib/watchlist/queries';
import { db } from '@/db';
import { users } from '@/db/schema';
import { eq } from 'drizzle-orm';

import { createFilm, createReview, createUser } from '../support/factories';

const watch = (watchedOn: string, extra: Partial<{ rewatch: boolean; rating: number | null; linkReview: boolean }> = {}) => ({
  watchedOn,
  rewatch: false,
  rating: null,
  linkReview: false,
  ...extra,
});

describe('the watchlist', () => {
  it('keeps one row per member and film, counts who wants to watch, and takes the film off again', async () => {
    const [member, other, film] = await Promise.all([createUser(), createUser(), createFilm()]);
    const toggle = (actor: { id: string }, wanted: boolean) => setOnWatchlist({ actor, filmSlug: film.slug, wanted });

    await Promise.all(Array.from({ length: 5 }, () => toggle(member, true)));
    expect(await toggle(other, true)).toEqual({ ok: true, onWatchlist: true, wanting: 2 });
    expect((await getFilmDetail(film.slug))?.wanting).toBe(2);
    expect((await getFilmWatchState(film.id, member.id)).onWatchlist).toBe(true);

    expect(await toggle(member, false)).toEqual({ ok: true, onWatchlist: false, wanting: 1 });
    expect(await toggle(member, false)).toEqual({ ok: true, onWatchlist: false, wanting: 1 });
    expect((await getFilmWatchState(film.id, member.id)).onWatchlist).toBe(false);
    expect(await setOnWatchlist({ actor: member, filmSlug: 'no-such-film', wanted: true })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('sorts by date added, year and rating, and stays private when the member asks', async () => {
    const [member, stranger, older, newer] = await Promise.all([
      createUser(),
      createUser(),
      createFilm({ year: 1960 }),
      createFilm({ year: 2020 }),
    ]);
    await createReview({ filmId: older.id, authorId: stranger.id, rating: 9 });
    await createReview({ filmId: newer.id, authorId: stranger.id, rating: 3 });
    await setOnWatchlist({ actor: member, filmSlug: older.slug, wanted: true });
    await setOnWatchlist({ actor: member, filmSlug: newer.slug, wanted: true });

    const slugs = async (sort: 'added' | 'year' | 'rating', viewerId?: string) => {
      const page = await getWatchlistPage(member.handle, viewerId, sort);
      return page?.visible ? page.films.map((film) => film.slug) : null;
    };
    expect(await slugs('added')).toEqual([newer.slug, older.slug]);
    expect(await slugs('year')).toEqual([newer.slug, older.slug]);
    expect(await slugs('rating')).toEqual([older.slug, newer.slug]);

    await db.update(users).set({ watchlistPrivate: true }).where(eq(users.id, member.id));
    expect(await slugs('added', stranger.id)).toBeNull();
    expect(await slugs('added')).toBeNull();
    expect(await slugs('added', member.id)).toEqual([newer.slug, older.slug]);
    expect(await getWatchlistPage('nobody-here', undefined, 'added')).toBeNull();
  });
});

describe('the diary', () => {
  it('logs several watches of one film as several entries, newest first, and takes the film off the watchlist', async () => {
    const [member, film] = await Promise.all([createUser(), createFilm()]);
    await setOnWatchlist({ actor: member, filmSlug: film.slug, wanted: true });

    const first = await logWatch({ actor: member, filmSlug: film.slug, watch: watch('2026-01-10', { rating: 8 }) });
    const second = await logWatch({ actor: member, filmSlug: film.slug, watch: watch('2026-03-03', { rewatch: true }) });
    expect(first.ok && second.ok).toBe(true);

    const state = await getFilmWatchState(film.id, member.id);
    expect(state.onWatchlist).toBe(false);
    expect(state.watches).toEqual([
      { watchedOn: '2026-03-03', rewatch: true },
      { watchedOn: '2026-01-10', rewatch: false },
    ]);
    expect((await getFilmDetail(film.slug))?.wanting).toBe(0);

    const page = await getDiaryPage(member.handle, null);
    expect(page?.entries.map((entry) => [entry.watchedOn, entry.rewatch, entry.rating, entry.film.slug])).toEqual([
      ['2026-03-03', true, null, film.slug],
      ['2026-01-10', false, 8, film.slug],
    ]);
    expect(page?.nextCursor).toBeNull();
  });

  it('links a watch only to the member’s own review of that film', async () => {
    const [member, other, film] = await Promise.all([createUser(), createUser(), createFilm()]);
    await createReview({ filmId: film.id, authorId: other.id });
    expect(await logWatch({ actor: member, filmSlug: film.slug, watch: watch('2026-02-01', { linkReview: true }) })).toEqual({
      ok: false,
      reason: 'no-review',
    });
    const own = await createReview({ filmId: film.id, authorId: member.id });
    expect(
      await logWatch({ actor: member, filmSlug: film.slug, watch: watch('2026-02-01', { linkReview: true }) }),
    ).toMatchObject({ ok: true });
    const page = await getDiaryPage(member.handle, null);
    expect(page?.entries.map((entry) => entry.reviewId)).toEqual([own.id]);
    expect((await getFilmWatchState(film.id, member.id)).ownReviewId).toBe(own.id);
    expect(await logWatch({ actor: member, filmSlug: 'gone-film', watch: watch('2026-02-01') })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('pages by keyset without repeating or skipping a watch', async () => {
    const [member, film] = await Promise.all([createUser(), createFilm()]);
    const days = Array.from({ length: 103 }, (_, n) => new Date(Date.UTC(2025, 0, 1 + (n % 40))).toISOString().slice(0, 10));
    for (const day of days) await logWatch({ actor: member, filmSlug: film.slug, watch: watch(day) });
    const first = await getDiaryPage(member.handle, null);
    expect(first?.entries).toHaveLength(100);
    const [day, id] = first!.nextCursor!.split('_');
    const second = await getDiaryPage(member.handle, { watchedOn: day!, id: Number(id) });
    expect(second?.entries).toHaveLength(3);
    expect(second?.nextCursor).toBeNull();
    const ids = [...first!.entries, ...second!.entries].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(103);
  });
});
