import 'server-only';

import { getToken } from 'next-auth/jwt';

import { env } from '@/lib/env';

/** Auth.js's session cookie, under its plain or `__Secure-` name, whole or in chunks. */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** A session cookie is re-issued at most this often. */
export const RENEW_AFTER_SECONDS = 24 * 60 * 60;

/**
 * Whether this request's session cookie was issued more than a day ago and so
 * should be re-issued with a fresh week. Once a day, not on every page: any
 * response that re-issues a cookie can race a sign-out in the same browser
 * and bring the session back, so the chance is kept to one page a day.
 */
export async function sessionNeedsRenewal(request: Request & { cookies: { getAll(): { name: string }[] } }): Promise<boolean> {
  const names = request.cookies.getAll().map((cookie) => cookie.name);
  if (!names.some((name) => SESSION_COOKIE.test(name))) return false;
  const secret = env().AUTH_SECRET;
  if (!secret) return false;
  const token = await getToken({ req: request, secret, secureCookie: names.some((name) => name.startsWith('__Secure-')) });
  const issuedAt = typeof token?.iat === 'number' ? token.iat : null;
  return issuedAt !== null && Date.now() / 1000 - issuedAt > RENEW_AFTER_SECONDS;
}
