import 'server-only';

import { headers } from 'next/headers';

/**
 * The address a request came from, for throttling. Verdict expects to run
 * behind a proxy or load balancer that sets X-Forwarded-For; the first entry
 * is the client it saw.
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || list.get('x-real-ip') || 'local';
}
