import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { commentVotes, reviewRevisions, reviewVotes } from '@/db/schema';
import { createMember } from '@/lib/members/mutations';
import { BIO_MAX, COMMENT_BODY_MAX, DISPLAY_NAME_MAX, REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from '@/lib/validation/lengths';

import { createFilm, createReview, createUser, unique } from '../support/factories';
import { insertComment } from '../support/comments';
import { CHECK_VIOLATION, postgresError, UNIQUE_VIOLATION } from '../support/postgres-error';

describe('handles', () => {
  it('are unique regardless of case', async () => {
    const handle = `film-fan-${unique()}`;
    await createUser({ handle });
    expect(await postgresError(createUser({ handle }))).toEqual({ code: UNIQUE_VIOLATION, constraint: 'users_handle_key' });
    // Upper case never reaches the table, so "Film-Fan" cannot sit beside "film-fan".
    expect(await postgresError(createUser({ handle: handle.toUpperCase() }))).toEqual({
      code: CHECK_VIOLATION,
      constraint: 'users_handle_format',
    });
  });

  it('sign-up normalises case, so a differently-cased handle is reported as taken', async () => {
    const handle = `cinephile-${unique()}`;
    const first = await createMember({
      email: `${handle}@example.com`,
      password: 'a long password',
      handle,
      displayName: 'First',
    });
    expect(first.ok).toBe(true);
    const second = await createMember({
      email: `other-${handle}@example.com`,
      password: 'a long password',
      handle,
      displayName: 'Second',
    });
    expect(second).toEqual({ ok: false, conflict: 'handle' });
  });

  it.each(['ab', 'a'.repeat(31), 'has space', 'émile', 'dot.ted'])('refuses the malformed handle %j', async (handle) => {
    expect((await postgresError(createUser({ handle }))).constraint).toBe('users_handle_format');
  });

  it('emails are unique and stored lower-case', async () => {
    const email = `Someone-${unique()}@Example.com`;
    expect((await postgresError(createUser({ email }))).constraint).toBe('users_email_lower');
    await createUser({ email: email.toLowerCase() });
    expect((await postgresError(createUser({ email: email.toLowerCase() }))).constraint).toBe('users_email_unique');
  });
});

describe('reviews', () => {
  it.each([1, 5, 10])('accept the rating %i', async (rating) => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    const review = await createReview({ filmId: film.id, authorId: author.id, rating });
    expect(review.rating).toBe(rating);
  });

  it.each([0, 11, -3])('refuse the rating %i', async (rating) => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    expect(await postgresError(createReview({ filmId: film.id, authorId: author.id, rating }))).toEqual({
      code: CHECK_VIOLATION,
      constraint: 'reviews_rating_range',
    });
  });

  it('allow one review per author per film', async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    await createReview({ filmId: film.id, authorId: author.id });
    expect((await postgresError(createReview({ filmId: film.id, authorId: author.id }))).constraint).toBe(
      'reviews_film_author_key',
    );
  });

  it('refuse an empty or over-long title', async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    for (const title of ['', 'x'.repeat(121)]) {
      expect((await postgresError(createReview({ filmId: film.id, authorId: author.id, title }))).constraint).toBe(
        'reviews_title_length',
      );
    }
  });
});

describe('votes', () => {
  it('one upvote per member per review', async () => {
    const [film, author, voter] = await Promise.all([createFilm(), createUser(), createUser()]);
    const review = await createReview({ filmId: film.id, authorId: author.id });
    await db.insert(reviewVotes).values({ userId: voter.id, reviewId: review.id });
    expect(await postgresError(db.insert(reviewVotes).values({ userId: voter.id, reviewId: review.id }))).toEqual({
      code: UNIQUE_VIOLATION,
      constraint: 'review_votes_user_id_review_id_pk',
    });
    // Written past the vote's own statement, so no counter moved: take it back, or later files' invariant checks would see it.
    await db.delete(reviewVotes).where(eq(reviewVotes.reviewId, review.id));
  });

  it('one upvote per member per comment', async () => {
    const [film, author, voter] = await Promise.all([createFilm(), createUser(), createUser()]);
    const review = await createReview({ filmId: film.id, authorId: author.id });
    const comment = await insertComment({ reviewId: review.id, authorId: author.id, body: 'Well argued.' });
    await db.insert(commentVotes).values({ userId: voter.id, commentId: comment.id });
    expect((await postgresError(db.insert(commentVotes).values({ userId: voter.id, commentId: comment.id }))).constraint).toBe(
      'comment_votes_user_id_comment_id_pk',
    );
    await db.delete(commentVotes).where(eq(commentVotes.commentId, comment.id));
  });

  it('counters cannot go negative', async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    expect((await postgresError(createReview({ filmId: film.id, authorId: author.id, upvoteCount: -1 }))).constraint).toBe(
      'reviews_upvote_count_nonnegative',
    );
  });
});

describe('comments', () => {
  it('keep depth in step with the materialised path', async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    const review = await createReview({ filmId: film.id, authorId: author.id });
    const root = await insertComment({ reviewId: review.id, authorId: author.id, body: 'Top level' });
    const reply = await insertComment({ reviewId: review.id, authorId: author.id, body: 'Reply', parent: root });
    expect(root).toMatchObject({ depth: 0, path: String(root.id) });
    expect(reply).toMatchObject({ depth: 1, path: `${root.id}.${reply.id}`, parentId: root.id });
  });
});

/**
 * Members' words have the forms' limits (lib/validation/lengths.ts) in the
 * database too: at the limit a text is stored, one character past it is
 * refused, whatever wrote it. A limit changed in one place only fails here.
 */
describe('text lengths', () => {
  const revision = (reviewId: number, change: { title?: string; body?: string }) =>
    db
      .insert(reviewRevisions)
      .values({ reviewId, version: 1, title: 'A verdict', body: 'Text.', rating: 7, containsSpoilers: false, ...change });

  it("hold a review's title and body, and each saved version's, to their bounds", async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    const longest = await createReview({
      filmId: film.id,
      authorId: author.id,
      title: 't'.repeat(REVIEW_TITLE_MAX),
      body: '🎬'.repeat(REVIEW_BODY_MAX),
    });
    await revision(longest.id, { title: 't'.repeat(REVIEW_TITLE_MAX), body: 'b'.repeat(REVIEW_BODY_MAX) });

    const other = { filmId: (await createFilm()).id, authorId: author.id };
    for (const [change, constraint] of [
      [{ body: 'b'.repeat(REVIEW_BODY_MAX + 1) }, 'reviews_body_length'],
      [{ body: '' }, 'reviews_body_length'],
      [{ title: 't'.repeat(REVIEW_TITLE_MAX + 1) }, 'reviews_title_length'],
    ] as const) {
      expect(await postgresError(createReview({ ...other, ...change }))).toEqual({ code: CHECK_VIOLATION, constraint });
    }
    for (const [change, constraint] of [
      [{ body: 'b'.repeat(REVIEW_BODY_MAX + 1) }, 'review_revisions_body_length'],
      [{ body: '' }, 'review_revisions_body_length'],
      [{ title: '' }, 'review_revisions_title_length'],
    ] as const) {
      expect(await postgresError(revision(longest.id, change))).toEqual({ code: CHECK_VIOLATION, constraint });
    }
  });

  it('hold comments, display names and bios to theirs', async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    const review = await createReview({ filmId: film.id, authorId: author.id });
    await insertComment({ reviewId: review.id, authorId: author.id, body: 'c'.repeat(COMMENT_BODY_MAX) });
    expect(
      (await postgresError(insertComment({ reviewId: review.id, authorId: author.id, body: 'c'.repeat(COMMENT_BODY_MAX + 1) })))
        .constraint,
    ).toBe('comments_body_length');
    await createUser({ displayName: 'd'.repeat(DISPLAY_NAME_MAX), bio: 'b'.repeat(BIO_MAX) });
    expect((await postgresError(createUser({ displayName: 'd'.repeat(DISPLAY_NAME_MAX + 1) }))).constraint).toBe(
      'users_display_name_length',
    );
    expect((await postgresError(createUser({ bio: 'b'.repeat(BIO_MAX + 1) }))).constraint).toBe('users_bio_length');
  });
});
