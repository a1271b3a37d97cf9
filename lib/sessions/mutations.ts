import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { enqueueMail } from '@/lib/mail/mutations';
import { passwordChangedMail } from '@/lib/password-reset/mail';

import type { ChangePasswordResult } from './types';

/**
 * "Sign out everywhere": bumps the member's session version, so every session
 * token issued before ends on its next request (getViewer compares them).
 * Returns the new version, which the asking browser is given to stay signed in.
 */
export async function endOtherSessions({ actor }: { actor: { id: string } }): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, actor.id), isNull(users.deletedAt)))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
}

/**
 * Sets a new password: the current one must match, unless the member has
 * none yet (they came through GitHub or Google and are setting their first).
 * Every other session ends, and the address is told. The update only applies
 * if the password is still the one that was checked, so two changes at once
 * cannot both pass with the same old password.
 */
export async function changePassword({
  actor,
  currentPassword,
  newPassword,
  origin,
}: {
  actor: { id: string };
  currentPassword: string;
  newPassword: string;
  origin: URL;
}): Promise<ChangePasswordResult> {
  const [member] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, actor.id), isNull(users.deletedAt)))
    .limit(1);
  if (!member) return { ok: false, reason: 'not-found' };
  if (member.passwordHash && !(await verifyPassword(member.passwordHash, currentPassword))) {
    return { ok: false, reason: 'wrong-password' };
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(
        and(
          eq(users.id, actor.id),
          isNull(users.deletedAt),
          member.passwordHash ? eq(users.passwordHash, member.passwordHash) : isNull(users.passwordHash),
        ),
      )
      .returning({ sessionVersion: users.sessionVersion, email: users.email });
    if (!row) return { ok: false, reason: 'wrong-password' };
    if (row.email) await enqueueMail(tx, passwordChangedMail(row.email, origin));
    return { ok: true, sessionVersion: row.sessionVersion };
  });
}
