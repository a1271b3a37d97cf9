import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { getReviewDetail } from '@/lib/reviews/queries';
import { setUpvote } from '@/lib/votes/mutations';
import { upvotedCommentIds, upvotedReviewIds } from '@/lib/members/reader-queries';
import { getUpvoteTotals } from '@/lib/votes/queries';

import { insertComment } from '../support/comments';
import { createFilm, createReview, createUser } from '../support/factories';
import { counterMismatches } from '../support/invariants';

async function reviewByNewAuthor() {
  const [film, author] = await Promise.all([createFilm(), createUser()]);
  const review = await createReview({ filmId: film.id, authorId: author.id });
  return { review, author };
}

describe('setUpvote on reviews', () => {
  it('counts an upvote once, however often it is pressed, and withdraws it', async () => {
    const { review } = await reviewByNewAuthor();
    const reader = await createUser();
    const vote = (upvoted: boolean) => setUpvote({ actor: reader, target: 'review', targetId: review.id, upvoted });

    expect(await vote(true)).toMatchObject({ ok: true, upvoted: true, upvoteCount: 1 });
    expect(await vote(true)).toMatchObject({ ok: true, upvoted: true, upvoteCount: 1 });
    expect((await getReviewDetail(review.id))!.upvoteCount).toBe(1);
    expect(await upvotedReviewIds(reader.id, [review.id])).toEqual(new Set([review.id]));

    expect(await vote(false)).toMatchObject({ ok: true, upvoted: false, upvoteCount: 0 });
    expect(await vote(false)).toMatchObject({ ok: true, upvoted: false, upvoteCount: 0 });
    expect(await upvotedReviewIds(reader.id, [review.id])).toEqual(new Set());
    expect(await counterMismatches()).toEqual([]);
  });

  it('refuses a vote on your own review', async () => {
    const { review, author } = await reviewByNewAuthor();
    expect(await setUpvote({ actor: author, target: 'review', targetId: review.id, upvoted: true })).toEqual({
      ok: false,
      reason: 'own',
    });
    expect((await getReviewDetail(review.id))!.upvoteCount).toBe(0);
  });

  it('refuses banned and deleted members', async () => {
    const { review } = await reviewByNewAuthor();
    const banned = await createUser({ bannedAt: new Date() });
    const deleted = await createUser({ deletedAt: new Date() });
    for (const actor of [banned, deleted]) {
      expect(await setUpvote({ actor, target: 'review', targetId: review.id, upvoted: true })).toEqual({
        ok: false,
        reason: 'not-allowed',
      });
    }
    expect((await getReviewDetail(review.id))!.upvoteCount).toBe(0);
  });

  it('finds nothing to vote on for a deleted or unknown review', async () => {
    const [film, author, reader] = await Promise.all([createFilm(), createUser(), createUser()]);
    const gone = await createReview({ filmId: film.id, authorId: author.id, status: 'deleted' });
    for (const targetId of [gone.id, 2_000_000_000]) {
      expect(await setUpvote({ actor: reader, target: 'review', targetId, upvoted: true })).toEqual({
        ok: false,
        reason: 'not-found',
      });
    }
  });

  it('moves the hot score with the counter, in the same statement', async () => {
    const { review } = await reviewByNewAuthor();
    const readers = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    const hotScore = async () => {
      const [row] = await db.execute<{ hot_score: number }>(sql`select hot_score from reviews where id = ${review.id}`);
      return row!.hot_score;
    };
    const before = await hotScore();
    for (const reader of readers) await setUpvote({ actor: reader, target: 'review', targetId: review.id, upvoted: true });
    // Ten upvotes are one power of ten: exactly one more point of "hot".
    expect((await hotScore()) - before).toBeCloseTo(1, 9);
  });
});

describe('setUpvote on comments', () => {
  it('counts, refuses your own, and withdraws', async () => {
    const { review } = await reviewByNewAuthor();
    const [writer, reader] = await Promise.all([createUser(), createUser()]);
    const comment = await insertComment({ reviewId: review.id, authorId: writer.id, body: 'So true.' });

    expect(await setUpvote({ actor: writer, target: 'comment', targetId: comment.id, upvoted: true })).toEqual({
      ok: false,
      reason: 'own',
    });
    expect(await setUpvote({ actor: reader, target: 'comment', targetId: comment.id, upvoted: true })).toMatchObject({
      ok: true,
      upvoteCount: 1,
    });
    expect(await upvotedCommentIds(reader.id, [comment.id])).toEqual(new Set([comment.id]));
    expect(await setUpvote({ actor: reader, target: 'comment', targetId: comment.id, upvoted: false })).toMatchObject({
      ok: true,
      upvoteCount: 0,
    });
    expect(await counterMismatches()).toEqual([]);
  });
});

describe('getUpvoteTotals', () => {
  it('adds up upvotes given and received across reviews and comments', async () => {
    const { review, author } = await reviewByNewAuthor();
    const [fan, other] = await Promise.all([createUser(), createUser()]);
    const comment = await insertComment({ reviewId: review.id, authorId: author.id, body: 'Thanks for reading.' });
    await setUpvote({ actor: fan, target: 'review', targetId: review.id, upvoted: true });
    await setUpvote({ actor: fan, target: 'comment', targetId: comment.id, upvoted: true });
    await setUpvote({ actor: other, target: 'review', targetId: review.id, upvoted: true });

    expect(await getUpvoteTotals(author.id)).toEqual({ given: 0, received: 3 });
    expect(await getUpvoteTotals(fan.id)).toEqual({ given: 2, received: 0 });
  });
});

describe('the vote throttle', () => {
  it('allows a reader’s pace and refuses the 61st vote in a minute', async () => {
    const { consume } = await import('@/lib/rate-limit');
    const member = await createUser();
    for (let vote = 0; vote < 60; vote += 1) expect(await consume('vote', member.id)).toEqual({ allowed: true });
    expect(await consume('vote', member.id)).toMatchObject({ allowed: false });
    // Another member's budget is untouched.
    expect(await consume('vote', (await createUser()).id)).toEqual({ allowed: true });
  });
});
