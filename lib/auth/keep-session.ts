import 'server-only';

import { env } from '@/lib/env';

import { updateSession } from './config';
import { makeSessionGrant } from './session-grant';

/**
 * Re-issues this browser's session cookie at the member's new session
 * version, so the change that bumped it (a new password, "Sign out
 * everywhere") ends every other session but not this one. Server actions
 * only: it sets a cookie.
 */
export async function keepThisSession(memberId: string, version: number): Promise<void> {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  // Auth.js types the update's data as a session; the jwt callback in ./config.ts reads this grant from it.
  await updateSession({ grant: makeSessionGrant(secret, memberId, version) } as never);
}
