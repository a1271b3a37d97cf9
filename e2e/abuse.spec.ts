import type { APIRequestContext, Page } from '@playwright/test';

import { publishReviewFor, withDatabase } from './database';
import { expect, formAlert, newMember, signIn, signOut, signUp, submitSignUp, test } from './fixtures';
import { startSecondServer, type SecondServer } from './second-server';

/**
 * Verdict tried as an attacker would, against the production build: every
 * door that checks a password, addresses a client can forge, redirects off
 * the site. Each test makes its own members, so a spent budget is its own.
 */

const PER_ACCOUNT = 10;
const PER_ADDRESS = 50;

let octets = 0;
/** A client address no other request in this file uses, as the trusted proxy would report it. */
function nextAddress(): string {
  octets += 1;
  return `198.18.${Math.floor(octets / 250) % 250}.${(octets % 250) + 1}`;
}

/** One password through Auth.js's own endpoint, as a script would send it; the code it answers with. */
async function postCredentials(
  request: APIRequestContext,
  base: string,
  credentials: { email: string; password: string; callbackUrl?: string },
  headers: Record<string, string>,
): Promise<{ code: string | null; location: string }> {
  const csrf = await request.get(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, ...credentials },
    headers,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const location = response.headers().location ?? '';
  return { code: new URL(location, base).searchParams.get('code'), location };
}

async function memberWithPassword(page: Page) {
  const member = newMember();
  await signUp(page, member);
  await signOut(page);
  return member;
}

test.describe('password guessing', () => {
  test('through the sign-in form stops after the account budget, and then the right password waits too', async ({ page }) => {
    const member = await memberWithPassword(page);
    for (let guess = 1; guess <= PER_ACCOUNT; guess += 1) {
      await signIn(page, member.email, `wrong guess number ${guess}`);
      await expect(formAlert(page)).toContainText('That email and password do not match an account');
    }
    await signIn(page, member.email, 'wrong guess number 11');
    await expect(formAlert(page)).toContainText('Too many sign-in attempts. Please wait 15 minutes and try again.');

    await signIn(page, member.email, member.password);
    await expect(formAlert(page)).toContainText('Too many sign-in attempts');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  });

  test('through Auth.js’s callback endpoint from a new address each time stops after the account budget', async ({
    page,
    request,
    baseURL,
  }) => {
    const member = await memberWithPassword(page);
    const codes: Array<string | null> = [];
    for (let guess = 1; guess <= PER_ACCOUNT + 2; guess += 1) {
      const answer = await postCredentials(
        request,
        baseURL!,
        { email: member.email, password: `guess ${guess}` },
        { 'x-forwarded-for': nextAddress() },
      );
      codes.push(answer.code);
    }
    expect(codes).toEqual([...Array<string>(PER_ACCOUNT).fill('credentials'), 'throttled', 'throttled']);

    const right = await postCredentials(
      request,
      baseURL!,
      { email: member.email, password: member.password },
      { 'x-forwarded-for': nextAddress() },
    );
    expect(right.code).toBe('throttled');

    // The page that endpoint sends a browser to says why, in words.
    await page.goto(right.location);
    await expect(formAlert(page)).toContainText('Too many sign-in attempts. Please wait 15 minutes and try again.');
  });

  test('through sign-up with an email that has an account spends the same budget', async ({ page, request, baseURL }) => {
    const member = await memberWithPassword(page);
    const codes: Array<string | null> = [];
    for (let guess = 1; guess <= PER_ACCOUNT + 1; guess += 1) {
      codes.push(
        (
          await postCredentials(
            request,
            baseURL!,
            { email: member.email, password: `guess ${guess}` },
            { 'x-forwarded-for': nextAddress() },
          )
        ).code,
      );
    }
    expect(codes.at(-1)).toBe('throttled');
    const again = { ...newMember(), email: member.email, password: member.password };
    await submitSignUp(page, again);
    await expect(formAlert(page)).toContainText('Too many sign-in attempts');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(page.getByLabel('Handle')).toHaveValue(again.handle);
  });

  test('an email with no account is limited exactly like one with, so the wait reveals nothing', async ({ request, baseURL }) => {
    const email = `nobody-${Date.now()}@example.com`;
    const codes: Array<string | null> = [];
    for (let guess = 1; guess <= PER_ACCOUNT + 1; guess += 1) {
      codes.push(
        (await postCredentials(request, baseURL!, { email, password: `guess ${guess}` }, { 'x-forwarded-for': nextAddress() }))
          .code,
      );
    }
    expect(codes).toEqual([...Array<string>(PER_ACCOUNT).fill('credentials'), 'throttled']);
  });

  test.describe('with no trusted proxy', () => {
    let direct: SecondServer;
    test.beforeAll(async () => {
      direct = await startSecondServer({ TRUSTED_PROXY_HOPS: '0' });
    });
    test.afterAll(async () => {
      await direct.stop();
    });

    test('a forged X-Forwarded-For on every request does not reset the address budget', async ({ request }) => {
      const codes: Array<string | null> = [];
      for (let guess = 1; guess <= PER_ADDRESS + 2; guess += 1) {
        const email = `spray-${Date.now()}-${guess}@example.com`;
        const forged = { 'x-forwarded-for': nextAddress(), 'x-real-ip': nextAddress() };
        codes.push((await postCredentials(request, direct.url, { email, password: 'a common password' }, forged)).code);
      }
      expect(codes.slice(0, PER_ADDRESS).every((code) => code === 'credentials')).toBe(true);
      expect(codes.slice(PER_ADDRESS)).toEqual(['throttled', 'throttled']);
    });
  });
});

test.describe('the return path after sign-in', () => {
  const HOSTILE = [
    '/%09/evil.example/x',
    '/%0a/evil.example',
    '/%0d%0aSet-Cookie:%20a=b',
    '//evil.example',
    '/%5Cevil.example',
    'https://evil.example/',
    '/\\evil.example',
  ];

  test('hostile callbackUrl values are answered without a 500 and lead back to this site', async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Auth.js names the server by the name Next gives it, localhost, where the tests reach it as 127.0.0.1.
    const here = (location: string) => {
      const url = new URL(location, origin);
      return `${url.port}:${['127.0.0.1', 'localhost'].includes(url.hostname)}`;
    };
    for (const value of HOSTILE) {
      const response = await request.get(`/signin?callbackUrl=${value}`);
      expect(response.status(), value).toBe(200);
    }

    const member = newMember();
    await signUp(page, member);
    // Signed in, /signin redirects at once: to this site, whatever it was asked.
    for (const value of HOSTILE) {
      const response = await page.request.get(`/signin?callbackUrl=${value}`, { maxRedirects: 0 });
      expect(response.status(), value).toBeLessThan(400);
      expect(here(response.headers().location ?? '/'), value).toBe(here(origin));
    }
    await signOut(page);

    // Through the form, the browser ends on this site.
    await page.goto(`/signin?callbackUrl=${HOSTILE[0]}`);
    await page.getByLabel('Email').fill(member.email);
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);

    // And through Auth.js's endpoint, its Location stays here.
    for (const value of HOSTILE) {
      const answer = await postCredentials(
        request,
        baseURL!,
        { email: member.email, password: member.password, callbackUrl: decodeURIComponent(value) },
        { 'x-forwarded-for': nextAddress() },
      );
      expect(here(answer.location), value).toBe(here(origin));
    }
  });
});

test.describe('the public history of a review', () => {
  test('a long review edited many times answers within a few seconds, one page of versions at a time', async ({
    page,
    request,
  }) => {
    const member = newMember();
    await signUp(page, member);
    const reviewId = await publishReviewFor(member.handle, { filmSlug: 'parasite', title: 'Edited far too often' });

    // Sixty versions of 10,000 characters, each reshuffled: every pair differs
    // almost everywhere, the costliest shape for a word diff. Written as rows
    // from before changes were stored, so the page has to compute them, capped.
    const words = ['staircase', 'basement', 'peach', 'rain', 'scholar', 'stone', 'smell', 'party', 'flood', 'belt'];
    await withDatabase(async (sql) => {
      for (let version = 1; version <= 60; version += 1) {
        let body = '';
        for (let index = 0; body.length < 10_000; index += 1)
          body += `${words[(index * 7 + version * 13 + (index % version)) % words.length]} `;
        await sql`insert into review_revisions (review_id, version, title, body, rating, contains_spoilers)
                  values (${reviewId}, ${version}, ${`Version ${version}`}, ${body}, 8, false)`;
      }
    });

    const started = Date.now();
    const response = await request.get(`/reviews/${reviewId}/history`);
    const elapsed = Date.now() - started;
    expect(response.status()).toBe(200);
    expect(elapsed, `the history page took ${elapsed} ms`).toBeLessThan(3_000);
    const html = await response.text();
    expect(html.length, 'one page of versions, not sixty').toBeLessThan(400_000);

    await page.goto(`/reviews/${reviewId}/history`);
    await expect(page.getByRole('heading', { name: 'Version 60' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Version 40' })).toHaveCount(0);
    await page.getByRole('link', { name: /Older versions/ }).click();
    await expect(page.getByRole('heading', { name: /^Version 4\d$/ }).first()).toBeVisible();
  });
});

/** A list nested ever deeper, line after line, to `length` characters: the shape that once held the parser for seconds. */
function nestedList(length: number): string {
  let text = '';
  for (let item = 0; text.length < length; item += 1) text += `${'  '.repeat(item % 40)}- point ${item} of the argument\n`;
  return text.slice(0, length);
}

/**
 * The slowest of a run of /api/health requests sent one after another while
 * `work` is in flight (at least three, at most two hundred): how long the
 * server kept everyone else waiting.
 */
async function slowestHealthDuring(request: APIRequestContext, work: Promise<unknown>): Promise<number> {
  let settled = false;
  const finished = work.finally(() => {
    settled = true;
  });
  const times: number[] = [];
  while ((!settled || times.length < 3) && times.length < 200) {
    const started = Date.now();
    expect((await request.get('/api/health')).status()).toBe(200);
    times.push(Date.now() - started);
  }
  await finished;
  return Math.max(...times);
}

test.describe('texts shaped to be slow', () => {
  test('previewing a large nested list never makes the server keep others waiting', async ({ page, request }) => {
    await signUp(page, newMember());
    await page.goto('/films/parasite/review');
    await page.getByLabel('Review').fill(nestedList(20_000));
    const preview = page.getByRole('button', { name: 'Preview' }).click();
    expect(await slowestHealthDuring(request, preview)).toBeLessThan(1_000);
    // Refused with words beside the field, and what was typed is still there.
    await expect(page.locator('#body-error')).toContainText(/list|nest/i);
    await page.getByRole('button', { name: 'Write' }).click();
    await expect(page.getByLabel('Review')).toHaveValue(nestedList(20_000));
  });

  test('a stored review of that shape never makes its page, or anyone else, wait', async ({ page, request }) => {
    const member = newMember();
    await signUp(page, member);
    // As if written before the shape limits: straight into the database.
    const reviewId = await publishReviewFor(member.handle, {
      filmSlug: 'parasite',
      title: 'Fifty thousand nested points',
      body: nestedList(50_000),
    });
    const reading = request.get(`/reviews/${reviewId}`);
    expect(await slowestHealthDuring(request, reading)).toBeLessThan(1_000);
    expect((await reading).status()).toBe(200);
    await page.goto(`/reviews/${reviewId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Fifty thousand nested points' })).toBeVisible();
  });
});
