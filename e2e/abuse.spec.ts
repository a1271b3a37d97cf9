import type { APIRequestContext } from '@playwright/test';

import { expect, formAlert, newMember, signIn, signOut, signUp, test } from './fixtures';
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

async function memberWithPassword(page: import('@playwright/test').Page) {
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

  test('through Auth.js’s callback endpoint from a new address each time stops after the account budget', async ({ page, request, baseURL }) => {
    const member = await memberWithPassword(page);
    const codes: Array<string | null> = [];
    for (let guess = 1; guess <= PER_ACCOUNT + 2; guess += 1) {
      const answer = await postCredentials(request, baseURL!, { email: member.email, password: `guess ${guess}` }, { 'x-forwarded-for': nextAddress() });
      codes.push(answer.code);
    }
    expect(codes).toEqual([...Array<string>(PER_ACCOUNT).fill('credentials'), 'throttled', 'throttled']);

    const right = await postCredentials(request, baseURL!, { email: member.email, password: member.password }, { 'x-forwarded-for': nextAddress() });
    expect(right.code).toBe('throttled');

    // The page that endpoint sends a browser to says why, in words.
    await page.goto(right.location);
    await expect(formAlert(page)).toContainText('Too many sign-in attempts. Please wait 15 minutes and try again.');
  });

  test('through sign-up with an email that has an account spends the same budget', async ({ page, request, baseURL }) => {
    const member = await memberWithPassword(page);
    const codes: Array<string | null> = [];
    for (let guess = 1; guess <= PER_ACCOUNT + 1; guess += 1) {
      codes.push((await postCredentials(request, baseURL!, { email: member.email, password: `guess ${guess}` }, { 'x-forwarded-for': nextAddress() })).code);
    }
    expect(codes.at(-1)).toBe('throttled');
    const again = { ...newMember(), email: member.email, password: member.password };
    await page.goto('/signup');
    await page.getByLabel('Display name').fill(again.displayName);
    await page.getByLabel('Handle').fill(again.handle);
    await page.getByLabel('Email').fill(again.email);
    await page.getByLabel('Password').fill(again.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(formAlert(page)).toContainText('Too many sign-in attempts');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(page.getByLabel('Handle')).toHaveValue(again.handle);
  });

  test('an email with no account is limited exactly like one with, so the wait reveals nothing', async ({ request, baseURL }) => {
    const email = `nobody-${Date.now()}@example.com`;
    const codes: Array<string | null> = [];
    for (let guess = 1; guess <= PER_ACCOUNT + 1; guess += 1) {
      codes.push((await postCredentials(request, baseURL!, { email, password: `guess ${guess}` }, { 'x-forwarded-for': nextAddress() })).code);
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
  const HOSTILE = ['/%09/evil.example/x', '/%0a/evil.example', '/%0d%0aSet-Cookie:%20a=b', '//evil.example', '/%5Cevil.example', 'https://evil.example/', '/\\evil.example'];

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
      const answer = await postCredentials(request, baseURL!, { email: member.email, password: member.password, callbackUrl: decodeURIComponent(value) }, { 'x-forwarded-for': nextAddress() });
      expect(here(answer.location), value).toBe(here(origin));
    }
  });
});
