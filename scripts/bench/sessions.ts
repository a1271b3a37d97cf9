/**
 * Signed-in requests without a sign-in: session cookies minted the way
 * Auth.js mints them (JWT sessions, lib/auth/config.ts), with the secret the
 * benchmark gave the server it started. The token carries what the jwt
 * callback puts there at sign-in (`sub`, `sessionVersion`) and what Auth.js
 * adds itself (`name`, `email`); getViewer() (lib/auth/viewer.ts) then
 * re-reads the member and compares the session version, as for anyone.
 */
import { encode } from 'next-auth/jwt';

/** Auth.js's cookie name over plain http; it is also the salt its key is derived with. */
export const SESSION_COOKIE = 'authjs.session-token';

export interface SessionMember {
  id: string;
  handle: string;
  displayName: string;
  email: string | null;
  sessionVersion: number;
}

/** A `Cookie` header value that signs `member` in. */
export async function sessionCookie(member: SessionMember, secret: string): Promise<string> {
  const token = await encode({
    token: { sub: member.id, sessionVersion: member.sessionVersion, name: member.displayName, email: member.email },
    secret,
    salt: SESSION_COOKIE,
  });
  return `${SESSION_COOKIE}=${token}`;
}

async function page(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, { headers });
  const html = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}${headers.cookie ? ' to a signed-in member' : ''}`);
  return html;
}

/** Fails unless `cookie` really signs in: the page then offers "Sign out" (and without it, does not). */
export async function assertSignedIn(url: string, cookie: string): Promise<void> {
  const signOut = />\s*Sign out\s*</;
  const [signedIn, anonymous] = await Promise.all([page(url, { cookie }), page(url, {})]);
  if (signOut.test(anonymous))
    throw new Error(`${url} offers "Sign out" to a visitor who is not signed in: the check proves nothing`);
  if (!signOut.test(signedIn)) throw new Error(`The minted session cookie does not sign in at ${url} (no "Sign out")`);
}
