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

export type ChangePasswordResult = { ok: true; sessionVersion: number } | { ok: false; reason: 'wrong-password' | 'not-found' };
