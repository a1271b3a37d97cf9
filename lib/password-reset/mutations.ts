import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { enqueueMail } from '@/lib/mail/mutations';
import { consumeToken, issueToken, revokeTokens } from '@/lib/tokens/mutations';

import { passwordChangedMail, passwordResetMail } from './mail';
import type { ResetPasswordResult } from './types';

/**
 * Mails a reset link to the account that uses `email`, if there is one.
 * Callers answer the same either way, so the form tells no one whether an
 * address has an account; the throttles that bound it are the action's.
 */
export async function requestPasswordReset({ email, origin }: { email: string; origin: URL }): Promise<void> {
  await db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(eq(users.email, email), isNull(users.deletedAt)))
      .for('update');
    if (!member?.email) return;
    const secret = await issueToken(tx, 'reset-password', member.id);
    const link = new URL(`/reset-password?token=${secret}`, origin).toString();
    await enqueueMail(tx, passwordResetMail(member.email, link));
  });
}

/**
 * Sets a new password from a reset link. In one transaction: the link is
 * spent, the password replaced, the session version bumped (every session,
 * including the one that asked, ends on its next request), the member's other
 * reset links revoked and the address told. Opening the mailed link also
 * proves the address, so it counts as verified.
 */
export async function resetPassword({
  secret,
  password,
  origin,
}: {
  secret: unknown;
  password: string;
  origin: URL;
}): Promise<ResetPasswordResult> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const link = await consumeToken(tx, 'reset-password', secret);
    if (!link.ok) return link;
    const [member] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerified: sql`coalesce(${users.emailVerified}, now())`,
      })
      .where(and(eq(users.id, link.memberId), isNull(users.deletedAt)))
      .returning({ email: users.email });
    if (!member) return { ok: false, problem: 'invalid' };
    await revokeTokens(tx, 'reset-password', link.memberId);
    if (member.email) await enqueueMail(tx, passwordChangedMail(member.email, origin));
    return { ok: true };
  });
}
