import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { postComment } from '@/lib/comments/mutations';
import { setFollowing } from '@/lib/follows/mutations';
import { getFollowCounts } from '@/lib/follows/queries';
import { getReaderState } from '@/lib/members/reader-queries';
import { setBlocked, setMuted } from '@/lib/muting/mutations';
import { getMuteState } from '@/lib/muting/queries';
import { listFilmReviewPage, listOtherReviewsOfFilm } from '@/lib/reviews/film-review-queries';
import { listHomeFeed } from '@/lib/reviews/home-feed-queries';
import { parseHomeFeedQuery, parseFilmReviewQuery } from '@/lib/reviews/params';
import { searchReviews } from '@/lib/search/queries';

import { insertComment } from '../support/comments';
import { createFilm, createReview, createUser, unique } from '../support/factories';

/** A reader, a member they will mute or block, and someone else, each with a review of one film (with a shared, unique word). */
async function scene() {
  const [reader, loud, other] = await Promise.all([createUser(), createUser(), createUser()]);
  const film = await createFilm();
  const word = `zq${unique()}`;
  const body = `A review that mentions ${word} more than once: ${word}. `.repeat(10);
  const loudReview = await createReview({ filmId: film.id, authorId: loud.id, body });
  const otherReview = await createReview({ filmId: film.id, authorId: other.id, body });
  const readersReview = await createReview({ filmId: film.id, authorId: reader.id, body });
  return { reader, loud, other, film, word, loudReview, otherReview, readersReview };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** The review ids the reader finds on every list a review can be read from. */
async function seenBy(readerId: string | undefined, s: Scene) {
  const mine = (ids: number[]) => ids.filter((id) => [s.loudReview.id, s.otherReview.id, s.readersReview.id].includes(id));
  const feeds = await Promise.all(
    (['hot', 'new', 'top'] as const).map((sort) =>
      listHomeFeed(parseHomeFeedQuery({ sort, t: 'all' }), { viewerId: readerId, limit: 100 }),
    ),
  );
  const film = await listFilmReviewPage(s.film.id, parseFilmReviewQuery({}), { viewerId: readerId });
  const others = await listOtherReviewsOfFilm(s.readersReview.id, 10, readerId);
  const found = await searchReviews(s.word, undefined, { viewerId: readerId });
  return {
    feeds: feeds.map((page) => mine(page.reviews.map((review) => review.id)).sort()),
    film: mine(film.reviews.map((review) => review.id)).sort(),
    others: mine(others.map((review) => review.id)).sort(),
    search: mine(found.items.map((review) => review.id)).sort(),
    searchTotal: found.total,
  };
}

const notices = async (recipientId: string) =>
  db.execute<{ kind: string }>(sql`select kind from notifications where recipient_id = ${recipientId} order by id`);

describe('muting', () => {
  it('leaves the muted member’s reviews out of every list the reader reads, and only theirs', async () => {
    const s = await scene();
    const all = [s.loudReview.id, s.otherReview.id, s.readersReview.id].sort();
    const withoutLoud = [s.otherReview.id, s.readersReview.id].sort();
    const before = await seenBy(s.reader.id, s);
    expect(before.feeds).toEqual([all, all, all]);
    expect(before.film).toEqual(all);
    expect(before.search).toEqual(all);

    expect(await setMuted({ actor: s.reader, handle: s.loud.handle, muted: true })).toEqual({ ok: true, on: true });
    expect(await setMuted({ actor: s.reader, handle: s.loud.handle.toUpperCase(), muted: true })).toEqual({ ok: true, on: true });
    expect(await getMuteState(s.reader.id, s.loud.id)).toEqual({ muted: true, blocked: false });

    const muted = await seenBy(s.reader.id, s);
    expect(muted.feeds).toEqual([withoutLoud, withoutLoud, withoutLoud]);
    expect(muted.film).toEqual(withoutLoud);
    expect(muted.others).toEqual([s.otherReview.id]);
    expect(muted.search).toEqual(withoutLoud);
    expect(muted.searchTotal).toBe(2);

    // Nobody else's reading changes: not the muted member's, not a signed-out reader's.
    expect((await seenBy(s.loud.id, s)).film).toEqual(all);
    expect((await seenBy(undefined, s)).film).toEqual(all);

    expect(await setMuted({ actor: s.reader, handle: s.loud.handle, muted: false })).toEqual({ ok: true, on: false });
    expect((await seenBy(s.reader.id, s)).film).toEqual(all);
  });

  it('folds the muted member’s comments in a thread, and tells the reader nothing of theirs', async () => {
    const s = await scene();
    await setMuted({ actor: s.reader, handle: s.loud.handle, muted: true });
    const loudComment = await insertComment({ reviewId: s.otherReview.id, authorId: s.loud.id, body: 'Loud words' });
    const reply = await insertComment({ reviewId: s.otherReview.id, authorId: s.other.id, body: 'A reply', parent: loudComment });
    const state = await getReaderState(s.reader.id, { commentIds: [loudComment.id, reply.id] });
    expect([...state.mutedCommentIds]).toEqual([loudComment.id]);
    expect([...(await getReaderState(s.other.id, { commentIds: [loudComment.id, reply.id] })).mutedCommentIds]).toEqual([]);

    // A muted member's reply to the reader, and their mention of them, reach the thread but not the reader's notices.
    const posted = await postComment(s.loud, { reviewId: s.readersReview.id, body: `Hello @${s.reader.handle}` });
    expect(posted.ok).toBe(true);
    expect(await notices(s.reader.id)).toEqual([]);
  });

  it('refuses muting or blocking yourself, and members who are not there', async () => {
    const reader = await createUser();
    const gone = await createUser({ deletedAt: new Date() });
    for (const change of [setMuted, setBlocked] as const) {
      const input = (handle: string) => ({ actor: reader, handle, muted: true, blocked: true });
      expect(await change(input(reader.handle))).toEqual({ ok: false, reason: 'self' });
      expect(await change(input(gone.handle))).toEqual({ ok: false, reason: 'not-found' });
      expect(await change(input(`nobody-${unique()}`))).toEqual({ ok: false, reason: 'not-found' });
    }
    const [row] = await db.execute<{ n: number }>(sql`
      select (select count(*) from mutes where member_id = ${reader.id}) + (select count(*) from blocks where member_id = ${reader.id}) as n`);
    expect(Number(row!.n)).toBe(0);
  });
});

describe('blocking', () => {
  it('hides the blocked member’s reviews like a mute', async () => {
    const s = await scene();
    await setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: true });
    const seen = await seenBy(s.reader.id, s);
    expect(seen.film).toEqual([s.otherReview.id, s.readersReview.id].sort());
    expect(seen.search).toEqual([s.otherReview.id, s.readersReview.id].sort());
    expect(await getMuteState(s.reader.id, s.loud.id)).toEqual({ muted: false, blocked: true });
  });

  it('stops their comments on my review and replies to my comments, and nothing else', async () => {
    const s = await scene();
    const mine = await insertComment({ reviewId: s.otherReview.id, authorId: s.reader.id, body: 'My comment' });
    const theirs = await insertComment({ reviewId: s.otherReview.id, authorId: s.other.id, body: 'Another comment' });
    await setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: true });
    const count = async () =>
      (await db.execute<{ n: number }>(sql`select count(*)::int as n from comments where author_id = ${s.loud.id}`))[0]!.n;

    expect(await postComment(s.loud, { reviewId: s.readersReview.id, body: 'On your review' })).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(await postComment(s.loud, { reviewId: s.otherReview.id, parentId: mine.id, body: 'To you' })).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(await count()).toBe(0);
    // Elsewhere they talk as before, and the reader may still answer them.
    expect((await postComment(s.loud, { reviewId: s.otherReview.id, parentId: theirs.id, body: 'To them' })).ok).toBe(true);
    expect((await postComment(s.reader, { reviewId: s.loudReview.id, body: 'To the blocked member' })).ok).toBe(true);
    expect(await count()).toBe(1);

    await setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: false });
    expect((await postComment(s.loud, { reviewId: s.readersReview.id, body: 'On your review' })).ok).toBe(true);
  });

  it('sends no notice of their mentions', async () => {
    const s = await scene();
    await setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: true });
    const posted = await postComment(s.loud, {
      reviewId: s.otherReview.id,
      body: `Look, @${s.reader.handle} and @${s.other.handle}`,
    });
    expect(posted.ok).toBe(true);
    expect(await notices(s.reader.id)).toEqual([]);
    expect((await notices(s.other.id)).map((notice) => notice.kind)).toEqual(['reply']);
  });

  it('ends their follow, and they cannot follow again until unblocked', async () => {
    const s = await scene();
    expect(await setFollowing({ actor: s.loud, handle: s.reader.handle, following: true })).toEqual({
      ok: true,
      following: true,
    });
    expect(await setFollowing({ actor: s.reader, handle: s.loud.handle, following: true })).toEqual({
      ok: true,
      following: true,
    });
    expect(await getFollowCounts(s.reader.id)).toEqual({ followers: 1, following: 1 });

    await setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: true });
    expect(await getFollowCounts(s.reader.id)).toEqual({ followers: 0, following: 0 });
    expect(await setFollowing({ actor: s.loud, handle: s.reader.handle, following: true })).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(await setFollowing({ actor: s.loud, handle: s.reader.handle, following: false })).toEqual({
      ok: true,
      following: false,
    });
    expect(await getFollowCounts(s.reader.id)).toEqual({ followers: 0, following: 0 });

    await setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: false });
    expect(await setFollowing({ actor: s.loud, handle: s.reader.handle, following: true })).toEqual({
      ok: true,
      following: true,
    });
  });

  it('a follow racing a block never survives it', async () => {
    for (let round = 0; round < 5; round++) {
      const s = await scene();
      await Promise.all([
        setFollowing({ actor: s.loud, handle: s.reader.handle, following: true }),
        setBlocked({ actor: s.reader, handle: s.loud.handle, blocked: true }),
      ]);
      expect((await getFollowCounts(s.reader.id)).followers).toBe(0);
    }
  });
});
