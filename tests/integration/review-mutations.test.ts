import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { reviewRevisions, reviews } from '@/db/schema';
import { getFilmDetail, listFilms } from '@/lib/films/queries';
import { getReviewHistory } from '@/lib/reviews/history-queries';
import { deleteReview, saveReview } from '@/lib/reviews/mutations';
import { getReviewDetail } from '@/lib/reviews/queries';
import { getMemberProfile } from '@/lib/members/queries';
import type { ReviewInput } from '@/lib/validation/review';

import { createFilm, createUser } from '../support/factories';
import { counterMismatches } from '../support/invariants';

const draft = (changes: Partial<ReviewInput> = {}): ReviewInput => ({
  title: 'A quiet miracle',
  body: 'The father and daughter carry the film. '.repeat(20),
  rating: 8,
  containsSpoilers: false,
  ...changes,
});

async function filmStats(slug: string) {
  const film = await getFilmDetail(slug);
  return { reviewCount: film!.reviewCount, averageRating: film!.averageRating };
}

describe('saveReview', () => {
  it('publishes, edits and deletes with every count and average exact after each step', async () => {
    const film = await createFilm();
    const [alice, bob] = await Promise.all([createUser(), createUser()]);

    const first = await saveReview(alice, film.slug, draft({ rating: 8 }));
    expect(first).toMatchObject({ ok: true, outcome: 'published' });
    expect(await filmStats(film.slug)).toEqual({ reviewCount: 1, averageRating: 8 });

    await saveReview(bob, film.slug, draft({ rating: 3 }));
    expect(await filmStats(film.slug)).toEqual({ reviewCount: 2, averageRating: 5.5 });
    expect((await listFilms()).find((row) => row.slug === film.slug)).toMatchObject({ reviewCount: 2, averageRating: 5.5 });

    const edit = await saveReview(alice, film.slug, draft({ rating: 10, title: 'A loud miracle' }));
    expect(edit).toMatchObject({ ok: true, outcome: 'edited', reviewId: first.ok && first.reviewId });
    expect(await filmStats(film.slug)).toEqual({ reviewCount: 2, averageRating: 6.5 });
    const edited = await getReviewDetail(edit.ok ? edit.reviewId : 0);
    expect(edited).toMatchObject({ title: 'A loud miracle', rating: 10 });
    expect(edited!.editedAt).toBeInstanceOf(Date);

    expect(await deleteReview(bob, first.ok ? first.reviewId : 0)).toEqual({ ok: false, reason: 'not-found' });
    expect(await deleteReview(alice, first.ok ? first.reviewId : 0)).toEqual({ ok: true, filmSlug: film.slug });
    expect(await filmStats(film.slug)).toEqual({ reviewCount: 1, averageRating: 3 });
    expect(await getReviewDetail(first.ok ? first.reviewId : 0)).toBeNull();
    expect((await getMemberProfile(alice.handle))!.reviewCount).toBe(0);
    expect(await counterMismatches()).toEqual([]);
  });

  it('keeps one review per member per film, whatever the number of saves', async () => {
    const film = await createFilm();
    const member = await createUser();
    const results = await Promise.all([1, 2, 3, 4].map(() => saveReview(member, film.slug, draft())));
    const ids = new Set(results.map((result) => result.ok && result.reviewId));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.ok && result.outcome === 'published')).toHaveLength(1);
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(reviews)
      .where(eq(reviews.filmId, film.id));
    expect(row!.count).toBe(1);
    // Identical saves (a double submit) add no history.
    const history = await getReviewHistory([...ids][0] as number);
    expect(history!.revisions).toHaveLength(1);
  });

  it('keeps every saved version, with what changed', async () => {
    const film = await createFilm();
    const member = await createUser();
    const saved = await saveReview(member, film.slug, draft());
    await saveReview(member, film.slug, draft({ title: 'A loud miracle' }));
    await saveReview(member, film.slug, draft({ title: 'A loud miracle', rating: 9, containsSpoilers: true }));
    const history = await getReviewHistory(saved.ok ? saved.reviewId : 0);
    expect(history!.revisions.map((revision) => revision.version)).toEqual([3, 2, 1]);
    const [third, second, first] = history!.revisions;
    expect(first!.changes).toBeNull();
    expect(second!.changes).toMatchObject({ rating: null, body: null, containsSpoilers: null });
    expect(second!.changes!.title!.filter((part) => part.change === 'added').map((part) => part.text)).toEqual(['loud']);
    expect(third!.changes).toMatchObject({
      title: null,
      rating: { from: 8, to: 9 },
      containsSpoilers: { from: false, to: true },
    });
  });

  it('republishes a deleted review as the same review, history kept', async () => {
    const film = await createFilm();
    const member = await createUser();
    const saved = await saveReview(member, film.slug, draft());
    const id = saved.ok ? saved.reviewId : 0;
    await deleteReview(member, id);
    expect(await saveReview(member, film.slug, draft())).toEqual({ ok: true, reviewId: id, outcome: 'published' });
    const versions = await db.select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, id));
    expect(versions).toHaveLength(2);
    expect(await filmStats(film.slug)).toEqual({ reviewCount: 1, averageRating: 8 });
  });

  it('round-trips curly quotes, emoji and any script exactly', async () => {
    const film = await createFilm();
    const member = await createUser();
    const body = `“Yong-gu” 🎈👨‍👧 — 7번방의 선물 · 7. Koğuştaki Mucize · Ünlü ‘baba’\n\n${'Ünicode ✓ '.repeat(60)}`;
    const saved = await saveReview(member, film.slug, draft({ title: '“Ağlattı” 😭', body }));
    expect(await getReviewDetail(saved.ok ? saved.reviewId : 0)).toMatchObject({ title: '“Ağlattı” 😭', body });
  });

  it('refuses an unknown film', async () => {
    const member = await createUser();
    expect(await saveReview(member, 'no-such-film', draft())).toEqual({ ok: false, reason: 'film-not-found' });
  });

  it('never lets one member delete another member’s review', async () => {
    const film = await createFilm();
    const [author, intruder] = await Promise.all([createUser(), createUser()]);
    const saved = await saveReview(author, film.slug, draft());
    const id = saved.ok ? saved.reviewId : 0;
    expect(await deleteReview(intruder, id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await getReviewDetail(id)).not.toBeNull();
    // The intruder saving a review of the same film writes their own, never the author's.
    const theirs = await saveReview(intruder, film.slug, draft({ title: 'Mine now' }));
    expect(theirs.ok && theirs.reviewId).not.toBe(id);
    expect((await getReviewDetail(id))!.title).toBe('A quiet miracle');
  });
});
