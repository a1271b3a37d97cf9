import 'server-only';

import { headers } from 'next/headers';

import { env } from '@/lib/env';

import { clientAddressFrom, PEER_HEADER } from './peer';

export { PEER_HEADER };

let warned = false;

/**
 * The address a request came from, for throttling, as TRUSTED_PROXY_HOPS
 * says to read it (see `clientAddressFrom`). `unknown` when Verdict runs
 * under a server that does not report the socket's address (plain `next
 * start` instead of `npm start`): every such client then shares one budget,
 * which is said once in the log rather than silently.
 */
export function clientAddressOf(list: Headers): string {
  const address = clientAddressFrom(list, { trustedHops: env().TRUSTED_PROXY_HOPS, peerToken: process.env.VERDICT_PEER_TOKEN });
  if (address === 'unknown' && !warned) {
    warned = true;
    console.warn(
      '[throttle] The client address is unknown: start Verdict with `npm start` (or set TRUSTED_PROXY_HOPS behind a proxy). Until then every client shares one address budget.',
    );
  }
  return address;
}

/** The current request's client address (server components and actions). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(new Headers(await headers()));
}
