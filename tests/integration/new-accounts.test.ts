import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { isNewAccount } from '@/lib/members/new-accounts';
import { NEW_ACCOUNTS, newAccountCommentMessage } from '@/lib/rate-limit/new-accounts';
import { THROTTLES } from '@/lib/rate-limit/throttles';

import { createFilm, createReview, createUser, upvoteReview } from '../support/factories';
import { Redirected } from '../support/request-stand-ins';

/**
 * The limits on new accounts, through the server actions that apply them:
 * links and mentions per text, comments per hour, each refusal naming the
 * configured numbers, and all of it lifting after the period or once enough
 * upvotes are received. Only the session, redirect and revalidation are
 * stood in for.
 */

const session = vi.hoisted(() => ({ viewer: null as null | { id: string; handle: string } }));

vi.mock('next/navigation', () => import('../support/request-stand-ins').then((stand) => stand.navigation));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((stand) => stand.cache));
vi.mock('@/lib/auth/viewer', async () => {
  const { safeReturnPath } = await import('@/lib/auth/return-path');
  return {
    safeReturnPath,
    getViewer: async () => null,
    requireMember: async () => {
      if (!session.viewer) throw new Redirected('/signin');
      return {
        ...session.viewer,
        displayName: 'Member',
        image: null,
        role: 'member',
        createdAt: new Date(),
        unreadNotifications: 0,
      };
    },
  };
});

const { postCommentAction, editCommentAction } = await import('@/lib/actions/comments');
const { saveReviewAction } = await import('@/lib/actions/reviews');

const links = (count: number) => Array.from({ length: count }, (_, i) => `[source ${i}](https://example.org/${i})`).join(' ');
const mentions = (count: number) => Array.from({ length: count }, (_, i) => `@someone_${i}`).join(' ');

let member: Awaited<ReturnType<typeof createUser>>;
let reviewId: number;

beforeEach(async () => {
  member = await createUser();
  session.viewer = { id: member.id, handle: member.handle };
  reviewId = (await createReview({ filmId: (await createFilm()).id, authorId: (await createUser()).id })).id;
});

/** Posts a comment as the member: 'posted' (the action redirected to it), or what it answered. */
async function post(body: string) {
  const form = new FormData();
  form.set('reviewId', String(reviewId));
  form.set('body', body);
  try {
    return await postCommentAction(null, form);
  } catch (error) {
    if (error instanceof Redirected) return 'posted' as const;
    throw error;
  }
}

/**
 * Gives the member `count` more upvotes received, as real votes on a review
 * of theirs, so every counter still equals its rows for the tests after.
 */
async function receiveUpvotes(memberId: string, count: number) {
  const review = await createReview({ filmId: (await createFilm()).id, authorId: memberId });
  await upvoteReview(review.id, count);
}

const commentsBy = async (authorId: string) =>
  (await db.execute<{ n: number }>(sql`select count(*)::int as n from comments where author_id = ${authorId}`))[0]!.n;

const linkRefusal = (count: number) =>
  `New members can add at most ${NEW_ACCOUNTS.linksPerText} links to one text for their first ${NEW_ACCOUNTS.days} days, or until they have received ${NEW_ACCOUNTS.upvotesReceived} upvotes; this one has ${count}.`;

describe('a new account', () => {
  it('is new until the period ends or enough upvotes are received', async () => {
    expect(await isNewAccount(member.id)).toBe(true);
    await receiveUpvotes(member.id, NEW_ACCOUNTS.upvotesReceived - 1);
    expect(await isNewAccount(member.id)).toBe(true);
    await receiveUpvotes(member.id, 1);
    expect(await isNewAccount(member.id)).toBe(false);

    const older = await createUser({ createdAt: new Date(Date.now() - (NEW_ACCOUNTS.days * 24 + 1) * 3600 * 1000) });
    expect(await isNewAccount(older.id)).toBe(false);
    const younger = await createUser({ createdAt: new Date(Date.now() - (NEW_ACCOUNTS.days * 24 - 1) * 3600 * 1000) });
    expect(await isNewAccount(younger.id)).toBe(true);
  });

  it('may not post a comment with too many links or mentions, told the limit beside the field, the text kept', async () => {
    const tooLinked = `Read these: ${links(NEW_ACCOUNTS.linksPerText + 1)}`;
    expect(await post(tooLinked)).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { body: [linkRefusal(NEW_ACCOUNTS.linksPerText + 1)] },
      values: { body: tooLinked },
    });
    const tooMany = `Hello ${mentions(NEW_ACCOUNTS.mentionsPerText + 1)}`;
    expect(await post(tooMany)).toMatchObject({
      ok: false,
      fieldErrors: { body: [expect.stringContaining(`mention at most ${NEW_ACCOUNTS.mentionsPerText} members`)] },
      values: { body: tooMany },
    });
    expect(await commentsBy(member.id)).toBe(0);
    expect(await post(`${links(NEW_ACCOUNTS.linksPerText)} ${mentions(NEW_ACCOUNTS.mentionsPerText)}`)).toBe('posted');
  });

  it('may not save an edit or a review with too many links either', async () => {
    expect(await post('A first thought.')).toBe('posted');
    const [comment] = await db.execute<{ id: number }>(sql`select id from comments where author_id = ${member.id}`);
    const edit = new FormData();
    edit.set('reviewId', String(reviewId));
    edit.set('commentId', String(comment!.id));
    edit.set('body', links(NEW_ACCOUNTS.linksPerText + 2));
    expect(await editCommentAction(null, edit)).toMatchObject({
      ok: false,
      fieldErrors: { body: [linkRefusal(NEW_ACCOUNTS.linksPerText + 2)] },
    });

    const film = await createFilm();
    const review = new FormData();
    review.set('title', 'A verdict with sources');
    review.set('rating', '7');
    review.set('body', `${'A considered review of the film. '.repeat(20)} ${links(NEW_ACCOUNTS.linksPerText + 1)}`);
    expect(await saveReviewAction(film.slug, null, review)).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { body: [linkRefusal(NEW_ACCOUNTS.linksPerText + 1)] },
    });
  });

  it(`posts at most ${THROTTLES.newAccountCommentPost.points} comments an hour, told so in the budget's own numbers`, async () => {
    for (let n = 0; n < THROTTLES.newAccountCommentPost.points; n++) expect(await post(`Comment ${n}`)).toBe('posted');
    const refused = await post('One more');
    expect(refused).toMatchObject({ ok: false, reason: 'throttled', values: { body: 'One more' } });
    const { message } = refused as { message: string };
    const named = newAccountCommentMessage(3600);
    expect(message.slice(0, message.indexOf(' Please'))).toBe(named.slice(0, named.indexOf(' Please')));
    expect(message).toContain(`${THROTTLES.newAccountCommentPost.points} comments per hour`);
    expect(await commentsBy(member.id)).toBe(THROTTLES.newAccountCommentPost.points);

    // Enough upvotes received, and the member posts on everyone's budget.
    await receiveUpvotes(member.id, NEW_ACCOUNTS.upvotesReceived);
    expect(await post('One more')).toBe('posted');
  });

  it('is free of every limit once the period is over', async () => {
    await db.execute(
      sql`update users set created_at = now() - ${NEW_ACCOUNTS.days + 1} * interval '1 day' where id = ${member.id}`,
    );
    expect(await post(`${links(NEW_ACCOUNTS.linksPerText + 3)} ${mentions(NEW_ACCOUNTS.mentionsPerText + 3)}`)).toBe('posted');
    for (let n = 0; n < THROTTLES.newAccountCommentPost.points + 1; n++) expect(await post(`Comment ${n}`)).toBe('posted');
  });
});
