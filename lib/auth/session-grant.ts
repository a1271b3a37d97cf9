import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Proof, made on the server, that this browser's session may carry a new
 * session version: Auth.js's session update takes data from its caller, and
 * without a signature anyone holding an old token could ask for the new version.
 */
export interface SessionGrant {
  memberId: string;
  version: number;
  /** Milliseconds since the epoch; a grant is good for a minute. */
  expires: number;
  mac: string;
}

const LIFETIME_MS = 60_000;

function mac(secret: string, memberId: string, version: number, expires: number): string {
  return createHmac('sha256', secret).update(`session-grant:${memberId}:${version}:${expires}`).digest('base64url');
}

export function makeSessionGrant(secret: string, memberId: string, version: number, now = Date.now()): SessionGrant {
  const expires = now + LIFETIME_MS;
  return { memberId, version, expires, mac: mac(secret, memberId, version, expires) };
}

/** The version a grant carries, if it was made with `secret` for this member and is still good; otherwise null. */
export function grantedVersion(
  secret: string | undefined,
  memberId: string | undefined,
  value: unknown,
  now = Date.now(),
): number | null {
  if (!secret || !memberId || !value || typeof value !== 'object') return null;
  const grant = value as Partial<SessionGrant>;
  if (grant.memberId !== memberId || !Number.isInteger(grant.version) || typeof grant.expires !== 'number') return null;
  if (grant.expires < now || typeof grant.mac !== 'string') return null;
  const expected = Buffer.from(mac(secret, memberId, grant.version!, grant.expires));
  const given = Buffer.from(grant.mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? grant.version! : null;
}
