import 'server-only';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { findActiveMember } from '@/lib/auth/queries';

import { auth } from './config';
import { safeReturnPath } from './return-path';

export { safeReturnPath };

export interface Viewer {
  id: string;
  handle: string;
  displayName: string;
  image: string | null;
  role: 'member' | 'moderator' | 'admin';
  createdAt: Date;
  /** The member's own address, for their settings and the verification banner. */
  email: string | null;
  /** False until the member opens the link mailed at sign-up. */
  emailVerified: boolean;
  /** The ban in force, if any: the member reads and exports, but posts, votes, follows and reports nothing. */
  ban: { reason: string; endsAt: Date | null } | null;
  /** Unread notices, counted up to UNREAD_COUNT_CAP. */
  unreadNotifications: number;
}

/**
 * The signed-in member, or null. Asked once per render (React cache) and
 * always read from the database: a deleted member, or a session
 * issued before a password change or "sign out everywhere", gets null on the
 * very next request even though the JWT itself has not expired.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Most readers are not signed in: without a session cookie there is no
  // session to decrypt, and Auth.js need not be asked at all.
  if (!(await hasSessionCookie())) return null;
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const member = await findActiveMember(id);
  if (!member || member.sessionVersion !== session.sessionVersion) return null;
  return {
    id: member.id,
    handle: member.handle,
    displayName: member.displayName,
    image: member.image,
    role: member.role,
    createdAt: member.createdAt,
    email: member.email,
    emailVerified: member.emailVerified !== null,
    ban: member.banned ? { reason: member.banReason ?? '', endsAt: member.banEndsAt } : null,
    unreadNotifications: member.unreadNotifications,
  };
});

/**
 * Auth.js's session cookie, under its plain or `__Secure-` name, whole or in
 * chunks (`.0`, `.1`, … when the token is long).
 */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
}

/** The signed-in member; anyone else is sent to sign in and brought back to `returnTo`. */
export async function requireMember(returnTo = '/'): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return viewer;
}
