import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { users } from '@/db/schema';
import { enqueueMail } from '@/lib/mail/mutations';
import { consumeToken, issueToken } from '@/lib/tokens/mutations';
import { createMember } from '@/lib/members/mutations';
import type { CreateMemberResult } from '@/lib/members/types';
import type { SignUpInput } from '@/lib/validation/auth';

import { emailChangeNotice, verificationMail } from './mail';
import type { EmailChangeResult, ResendVerificationResult, VerifyEmailResult } from './types';

const UNIQUE_VIOLATION = '23505';

function verifyLink(origin: URL, secret: string): string {
  return new URL(`/verify-email?token=${secret}`, origin).toString();
}

/** Queues the link that verifies `email` for a member, in the caller's transaction (sign-up's). */
export async function queueVerificationMail(executor: Executor, member: { id: string; email: string }, origin: URL) {
  const secret = await issueToken(executor, 'verify-email', member.id, member.email);
  await enqueueMail(executor, verificationMail(member.email, verifyLink(origin, secret), false));
}

/** Sign-up: the new member and the mail that verifies their address, in one transaction. */
export async function createMemberWithVerification(input: SignUpInput, origin: URL): Promise<CreateMemberResult> {
  return db.transaction(async (tx) => {
    const created = await createMember(input, tx);
    if (created.ok) await queueVerificationMail(tx, { id: created.id, email: input.email }, origin);
    return created;
  });
}

/** A fresh verification link for the signed-in member (the banner's "Send a new link"). */
export async function resendVerification({
  actor,
  origin,
}: {
  actor: { id: string };
  origin: URL;
}): Promise<ResendVerificationResult> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ email: users.email, emailVerified: users.emailVerified })
      .from(users)
      .where(and(eq(users.id, actor.id), isNull(users.deletedAt)))
      .for('update');
    if (!member?.email) return { ok: false, reason: 'no-address' };
    if (member.emailVerified) return { ok: false, reason: 'already-verified' };
    await queueVerificationMail(tx, { id: actor.id, email: member.email }, origin);
    return { ok: true, email: member.email };
  });
}

/**
 * Asks to move the member's account to `newEmail`: a link goes to the new
 * address, and the old one is told. Nothing changes until the link is opened.
 * An address that belongs to another account gets no link, and the answer is
 * the same, so this form tells no one whose address is whose.
 */
export async function requestEmailChange({
  actor,
  newEmail,
  origin,
}: {
  actor: { id: string };
  newEmail: string;
  origin: URL;
}): Promise<EmailChangeResult> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, actor.id), isNull(users.deletedAt)))
      .for('update');
    if (!member) return { ok: false, reason: 'not-found' };
    if (member.email === newEmail) return { ok: false, reason: 'same-address' };
    const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.email, newEmail)).limit(1);
    if (!owner) {
      const secret = await issueToken(tx, 'change-email', actor.id, newEmail);
      await enqueueMail(tx, verificationMail(newEmail, verifyLink(origin, secret), true));
    }
    if (member.email) await enqueueMail(tx, emailChangeNotice(member.email, newEmail));
    return { ok: true };
  });
}

/**
 * Opens a link from a verification mail: a new member's address, or a
 * changed one, which takes effect now. Single use: the link is spent in the
 * same transaction as the change, so a failure leaves it usable.
 */
export async function verifyEmail(secret: unknown): Promise<VerifyEmailResult> {
  try {
    return await db.transaction(async (tx) => {
      const verified = await consumeToken(tx, 'verify-email', secret);
      if (verified.ok) {
        // The link verifies the address it was sent to; if the member has moved on since, it proves nothing.
        const rows = await tx
          .update(users)
          .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
          .where(and(eq(users.id, verified.memberId), eq(users.email, verified.detail), isNull(users.deletedAt)))
          .returning({ id: users.id });
        return rows.length ? { ok: true, change: false } : { ok: false, problem: 'invalid' };
      }
      const changed = await consumeToken(tx, 'change-email', secret);
      if (!changed.ok) return verified.problem === 'expired' ? verified : changed;
      const rows = await tx
        .update(users)
        .set({ email: changed.detail, emailVerified: sql`now()` })
        .where(and(eq(users.id, changed.memberId), isNull(users.deletedAt)))
        .returning({ id: users.id });
      return rows.length ? { ok: true, change: true } : { ok: false, problem: 'invalid' };
    });
  } catch (error) {
    // Someone else took the address between the request and the click.
    const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
    if (cause.code === UNIQUE_VIOLATION) return { ok: false, problem: 'taken' };
    throw error;
  }
}
