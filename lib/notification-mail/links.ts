import 'server-only';

import { headers } from 'next/headers';

import { env } from '@/lib/env';
import { resolveSiteUrl } from '@/lib/site';

import type { UnsubscribeScope } from './types';
import { signUnsubscribeToken } from './unsubscribe-token';

/**
 * The origin links in notification mail point to: SITE_URL (or AUTH_URL),
 * which production sets; without it, the request's own origin, the way the
 * pages build theirs; and with neither (the daily job has no request) the
 * development address. Notices are sent from inside mutations that many
 * actions call, so the request is read here rather than passed down to each.
 */
export async function mailOrigin(): Promise<string> {
  const { SITE_URL, AUTH_URL } = process.env;
  let request: Headers | null = null;
  if (!SITE_URL && !AUTH_URL) {
    try {
      request = await headers();
    } catch {
      // Outside a request (the job runner, a script): the configured or development origin.
    }
  }
  return resolveSiteUrl({ siteUrl: SITE_URL, authUrl: AUTH_URL, request, trustForwarded: env().TRUSTED_PROXY_HOPS > 0 }).origin;
}

export function unsubscribeSecret(): string {
  const value = env().AUTH_SECRET;
  // The launcher always provides one (generated in development, required in production).
  if (!value) throw new Error('AUTH_SECRET is not set: unsubscribe links cannot be signed');
  return value;
}

/** The page with the "Unsubscribe" button (shown in the mail) and the RFC 8058 one-click address (in its headers). */
export function unsubscribeLinks(origin: string, memberId: string, scope: UnsubscribeScope) {
  const token = encodeURIComponent(signUnsubscribeToken({ memberId, scope }, { secret: unsubscribeSecret() }));
  const page = `${origin}/unsubscribe?token=${token}`;
  const oneClick = `${origin}/unsubscribe/one-click?token=${token}`;
  return {
    page,
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
