import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { sessionNeedsRenewal } from './session-renewal';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const COOKIE = 'authjs.session-token';

async function tokenIssued(secondsAgo: number): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() - secondsAgo * 1000);
  try {
    return await encode({ token: { sub: 'member', sessionVersion: 0 }, secret: SECRET, salt: COOKIE });
  } finally {
    vi.useRealTimers();
  }
}

function pageRequest(cookie?: string): NextRequest {
  return new NextRequest('http://localhost:3000/', { headers: cookie ? { cookie } : {} });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sessionNeedsRenewal', () => {
  process.env.AUTH_SECRET = SECRET;

  it('renews a session cookie issued more than a day ago', async () => {
    expect(await sessionNeedsRenewal(pageRequest(`${COOKIE}=${await tokenIssued(25 * 60 * 60)}`))).toBe(true);
  });

  it.each([
    ['a cookie issued an hour ago', async () => `${COOKIE}=${await tokenIssued(60 * 60)}`],
    ['no session cookie', async () => 'theme=dark'],
    ['no cookie at all', async () => undefined],
    ['a forged cookie', async () => `${COOKIE}=not-a-token`],
  ])('leaves %s alone', async (_case, cookie) => {
    expect(await sessionNeedsRenewal(pageRequest(await cookie()))).toBe(false);
  });
});
