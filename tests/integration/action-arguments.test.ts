import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';

import { insertComment } from '../support/comments';
import { createFilm, createReview, createUser } from '../support/factories';
import { Redirected } from '../support/request-stand-ins';

/**
 * Server actions called as an attacker would call their endpoint: with
 * arguments of any shape in place of the bound ids and handles and of the
 * form. Next's request-bound pieces (the session, redirect, revalidation)
 * are stood in for; everything else — parsing, the mutation, the database —
 * is the real thing. Every call must end in a refusal or a redirect, never
 * in an error a visitor would see as a 500.
 */

const session = vi.hoisted(() => ({ viewer: null as null | { id: string; handle: string } }));

vi.mock('next/navigation', () => import('../support/request-stand-ins').then((stand) => stand.navigation));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((stand) => stand.cache));
vi.mock('@/lib/auth/config', () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock('@/lib/seo/site-url', () => ({ siteUrl: async () => new URL('http://localhost:3000') }));
vi.mock('@/lib/auth/client-address', () => ({ clientAddress: async () => `198.51.100.${Math.floor(Math.random() * 250)}` }));
vi.mock('@/lib/auth/viewer', async () => {
  const { safeReturnPath } = await import('@/lib/auth/return-path');
  return {
    safeReturnPath,
    getViewer: async () => null,
    requireMember: async (returnTo = '/') => {
      if (!session.viewer) throw new Redirected(`/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
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

const { deleteReviewAction, saveReviewAction } = await import('@/lib/actions/reviews');
const { consume } = await import('@/lib/rate-limit');
const { throttledMessage } = await import('@/lib/rate-limit/messages');
const { followMemberAction } = await import('@/lib/actions/follows');
const { deleteCommentAction, editCommentAction, postCommentAction } = await import('@/lib/actions/comments');
const { upvoteCommentAction, upvoteReviewAction } = await import('@/lib/actions/votes');
const { deleteAccountAction, updateProfileAction } = await import('@/lib/actions/settings');
const { saveNotificationPreferencesAction } = await import('@/lib/actions/notifications');
const { loadHomeFeedPageAction } = await import('@/app/_actions/home-feed');
const { oauthSignInAction, signInAction, signUpAction } = await import('@/lib/actions/auth');
const { requestPasswordResetAction, resetPasswordAction } = await import('@/lib/actions/password-reset');
const { changePasswordAction } = await import('@/lib/actions/account-security');
const { changeEmailAction } = await import('@/lib/actions/verification');

const HOSTILE = [
  '40 or true',
  '40; drop table reviews',
  '',
  'abc',
  '1e3',
  '0x10',
  '012',
  ' 1',
  '١',
  '2147483648',
  {},
  { id: 40 },
  [40],
  -1,
  0,
  1.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  null,
  undefined,
  'x'.repeat(100_000),
];

/** Each hostile value with a short name for its test. */
const CASES = HOSTILE.map((value) => {
  const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'undefined');
  return [shown.length > 40 ? `${shown.slice(0, 12)}… (${shown.length} characters)` : shown, value] as const;
});

/** How an action ended: what it returned, or where it redirected; anything else is thrown on. */
async function outcome(call: () => Promise<unknown>): Promise<{ returned: unknown } | { redirected: string }> {
  try {
    return { returned: await call() };
  } catch (error) {
    if (error instanceof Redirected) return { redirected: error.location };
    throw error;
  }
}

async function status(reviewId: number) {
  const [row] = await db.execute<{ status: string }>(sql`select status from reviews where id = ${reviewId}`);
  return row?.status;
}

let member: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  member = await createUser();
  session.viewer = { id: member.id, handle: member.handle };
});

describe('deleteReviewAction', () => {
  it.each(CASES)('refuses %s calmly, going home', async (_shown, value) => {
    const review = await createReview({ filmId: (await createFilm()).id, authorId: member.id });
    expect(await outcome(() => deleteReviewAction(value))).toEqual({ redirected: '/' });
    expect(await status(review.id)).toBe('published');
  });

  it('still deletes the member’s own review by its id, as a number or as digits, and no one else’s', async () => {
    const film = await createFilm();
    const own = await createReview({ filmId: film.id, authorId: member.id });
    const others = await createReview({ filmId: film.id, authorId: (await createUser()).id });

    expect(await outcome(() => deleteReviewAction(others.id))).toEqual({ redirected: `/reviews/${others.id}` });
    expect(await status(others.id)).toBe('published');
    expect(await outcome(() => deleteReviewAction(String(own.id)))).toEqual({ redirected: `/films/${film.slug}?deleted=1` });
    expect(await status(own.id)).toBe('deleted');
  });
});

describe('followMemberAction', () => {
  it.each(CASES)('refuses the handle %s calmly', async (_shown, value) => {
    const form = new FormData();
    form.set('following', 'true');
    expect(await outcome(() => followMemberAction(value, value, form))).toEqual({
      returned: { ok: false, reason: 'not-found', message: 'This member is no longer on Verdict.', fieldErrors: {}, values: {} },
    });
  });

  it('refuses a form that is not one, and still follows by a real handle', async () => {
    const followed = await createUser();
    for (const value of HOSTILE) {
      expect(await outcome(() => followMemberAction(followed.handle, '/', value as FormData))).toMatchObject({
        returned: { ok: false, reason: 'invalid' },
      });
    }
    const form = new FormData();
    form.set('following', 'true');
    expect(await outcome(() => followMemberAction(`@${followed.handle.toUpperCase()}`, { path: '/' }, form))).toEqual({
      returned: { ok: true, data: { following: true } },
    });
  });

  it('refuses following oneself as forbidden, and a spent budget as throttled, in the budget’s own words', async () => {
    const form = new FormData();
    form.set('following', 'true');
    expect(await outcome(() => followMemberAction(member.handle, '/', form))).toMatchObject({
      returned: { ok: false, reason: 'forbidden' },
    });
    while ((await consume('follow', member.id)).allowed);
    const other = await createUser();
    const ended = await outcome(() => followMemberAction(other.handle, '/', form));
    expect(ended).toMatchObject({ returned: { ok: false, reason: 'throttled' } });
    const { message } = (ended as { returned: { message: string } }).returned;
    expect(message).toMatch(/^You have followed or unfollowed 30 times in the last minute\. Please wait /);
    expect(message.slice(0, message.indexOf(' Please'))).toBe(
      throttledMessage('follow', 60).slice(0, message.indexOf(' Please')),
    );
  });
});

describe('saveReviewAction', () => {
  const draft = () => {
    const form = new FormData();
    form.set('title', 'A title');
    form.set('rating', '8');
    form.set('body', 'Words. '.repeat(100));
    return form;
  };

  it.each(CASES)('refuses the film %s as not found, keeping what was typed', async (_shown, value) => {
    const ended = await outcome(() => saveReviewAction(value, null, draft()));
    expect(ended).toMatchObject({ returned: { ok: false, reason: 'not-found', values: { title: 'A title', rating: '8' } } });
  });

  it.each(CASES)('refuses the form %s as invalid', async (_shown, value) => {
    const film = await createFilm();
    expect(await outcome(() => saveReviewAction(film.slug, null, value as FormData))).toMatchObject({
      returned: { ok: false, reason: 'invalid', values: { title: '', body: '' } },
    });
  });
});

describe('upvotes', () => {
  it('refuses an upvote of one’s own review as forbidden, and an id that names nothing as not found', async () => {
    const review = await createReview({ filmId: (await createFilm()).id, authorId: member.id });
    const vote = (targetId: string) => {
      const form = new FormData();
      form.set('targetId', targetId);
      form.set('upvoted', 'true');
      return upvoteReviewAction(form);
    };
    expect(await vote(String(review.id))).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await vote('2147483647')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await vote('0' + String(review.id))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('signUpAction', () => {
  it('refuses a taken handle as a conflict, beside the field', async () => {
    const taken = await createUser();
    const form = new FormData();
    form.set('email', `new-${taken.handle}@example.com`);
    form.set('password', 'a long enough password');
    form.set('handle', taken.handle);
    form.set('displayName', 'New member');
    expect(await outcome(() => signUpAction(null, form))).toMatchObject({
      returned: { ok: false, reason: 'conflict', fieldErrors: { handle: ['That handle is taken. Try another.'] } },
    });
  });
});

describe('actions given something other than a form', () => {
  it.each(CASES)('%s: each refuses or redirects, and nothing changes', async (_shown, value) => {
    const review = await createReview({ filmId: (await createFilm()).id, authorId: (await createUser()).id });
    const comment = await insertComment({ reviewId: review.id, authorId: member.id, body: 'Still here.' });
    const form = value as FormData;

    for (const call of [
      () => postCommentAction(null, form),
      () => editCommentAction(null, form),
      () => deleteCommentAction(form),
      () => upvoteReviewAction(form),
      () => upvoteCommentAction(form),
      () => updateProfileAction(null, form),
      () => deleteAccountAction(null, form),
      () => signInAction(null, form),
      () => signUpAction(null, form),
      () => oauthSignInAction(form),
      () => requestPasswordResetAction(null, form),
      () => resetPasswordAction(null, form),
      () => changePasswordAction(null, form),
      () => changeEmailAction(null, form),
    ]) {
      const ended = await outcome(call);
      if ('returned' in ended && ended.returned === undefined) continue; // OAuth with no provider named: nothing happens
      if ('returned' in ended) expect(ended.returned).toMatchObject({ ok: false, reason: 'invalid' });
      else expect(ended.redirected).toMatch(/^\/reviews\/\d+$|^\/$/);
    }

    const [row] = await db.execute<{ body: string; comments: number; upvotes: number; deleted: boolean }>(sql`
      select c.body, r.comment_count as comments, r.upvote_count as upvotes, u.deleted_at is not null as deleted
        from comments c join reviews r on r.id = c.review_id join users u on u.id = ${member.id}
       where c.id = ${comment.id}`);
    expect(row).toEqual({ body: 'Still here.', comments: 1, upvotes: 0, deleted: false });
  });

  it('saving notification choices from something that is not a form reads as every box unticked', async () => {
    expect(await outcome(() => saveNotificationPreferencesAction(null, 'notifyFollows=on' as unknown as FormData))).toMatchObject(
      {
        returned: { ok: true },
      },
    );
  });

  it.each(CASES)('the feed’s Load more reads %s as the default view', async (_shown, value) => {
    const page = await loadHomeFeedPageAction(value, value);
    expect(page.count).toBeGreaterThanOrEqual(0);
  });
});
