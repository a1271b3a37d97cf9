import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from 'next/server';

import { auth } from '@/lib/auth/config';
import { sessionNeedsRenewal } from '@/lib/auth/session-renewal';

/**
 * A Content-Security-Policy with a fresh nonce on every page request. Next
 * reads the policy from the request headers and puts the nonce on its own
 * inline scripts; nothing else may run. Development adds 'unsafe-eval',
 * which React's dev tooling needs; production never has it.
 */
function withPolicy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const development = process.env.NODE_ENV === 'development';
  const policy = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    // Inline style attributes (React's, Next's route announcer) carry no script.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${development ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    // OAuth sign-in is a form post that redirects to the provider.
    `form-action 'self' https://github.com https://accounts.google.com`,
    `frame-ancestors 'none'`,
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Sessions slide: Auth.js re-issues a signed-in member's cookie with a fresh
 * week when a page is opened more than a day after the cookie was issued
 * (lib/auth/session-renewal.ts says why not more often), so only a week
 * without a visit signs a member out. Auth.js builds its configuration lazily
 * (lib/auth/config.ts), and so hands its middleware back in a promise.
 */
const withRenewedSession: Promise<NextMiddleware> = Promise.resolve(
  // The event parameter is what picks Auth.js's middleware form over its route-handler form.
  auth((request: NextRequest, _event: NextFetchEvent) => withPolicy(request)),
);

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!(await sessionNeedsRenewal(request))) return withPolicy(request);
  return (await withRenewedSession)(request, event);
}

export const config = {
  matcher: [
    {
      // Pages only: static files, images and API routes need no nonce.
      source: '/((?!api|_next/static|_next/image|posters|media/|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)',
      // Only documents need the policy and the nonce: not prefetches, client
      // navigations (RSC payloads) or server action calls, whose answers are
      // read by the page's own scripts and never run as HTML.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-action' },
      ],
    },
  ],
};
