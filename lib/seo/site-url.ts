import 'server-only';

import { headers } from 'next/headers';

import { env } from '@/lib/env';
import { resolveSiteUrl } from '@/lib/site';

/**
 * The public origin for this request's absolute URLs (see resolveSiteUrl):
 * SITE_URL or AUTH_URL when set, otherwise where the request was sent.
 * Server components, metadata and route handlers only: it reads the request.
 */
export async function siteUrl(): Promise<URL> {
  return resolveSiteUrl({
    siteUrl: process.env.SITE_URL,
    authUrl: process.env.AUTH_URL,
    request: await headers(),
    trustForwarded: env().TRUSTED_PROXY_HOPS > 0,
  });
}
