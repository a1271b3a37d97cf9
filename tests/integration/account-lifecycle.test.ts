import { and, desc, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { mailOutbox, users, verificationTokens } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requestPasswordReset, resetPassword } from '@/lib/password-reset/mutations';
import { checkResetLink } from '@/lib/password-reset/queries';
import { changePassword, endOtherSessions } from '@/lib/sessions/mutations';
import { hashToken } from '@/lib/tokens/hash';
import { consumeToken, issueToken } from '@/lib/tokens/mutations';
import { createMemberWithVerification, requestEmailChange, resendVerification, verifyEmail } from '@/lib/verification/mutations';

import { createUser, unique } from '../support/factories';

const ORIGIN = new URL('https://verdict.example');
const PASSWORD = 'correct horse battery';

async function mailsTo(to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.recipient, to)).orderBy(desc(mailOutbox.id));
}

/** The secret in the newest mail to `to` of `kind`. */
async function secretMailedTo(to: string, kind: string): Promise<string> {
  const [mail] = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, to), eq(mailOutbox.kind, kind)))
    .orderBy(desc(mailOutbox.id))
    .limit(1);
  const secret = mail?.textBody.match(/token=([A-Za-z0-9_-]+)/)?.[1];
  if (!secret) throw new Error(`no ${kind} mail to ${to}`);
  return secret;
}

async function memberRow(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

describe('single-use links', () => {
  it('keep only a hash, work once, and refuse other purposes, expiry and forgeries', async () => {
    const member = await createUser();
    const secret = await issueToken(db, 'reset-password', member.id);
    const stored = await db
      .select()
      .from(verificationTokens)
      .where(like(verificationTokens.identifier, `reset-password:${member.id}:%`));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token).toBe(hashToken(secret));
    expect(stored[0]!.token).not.toContain(secret);

    expect(await consumeToken(db, 'verify-email', secret)).toEqual({ ok: false, problem: 'invalid' });
    expect(await consumeToken(db, 'reset-password', secret)).toEqual({ ok: true, memberId: member.id, detail: '' });
    expect(await consumeToken(db, 'reset-password', secret)).toEqual({ ok: false, problem: 'invalid' });

    const expiring = await issueToken(db, 'reset-password', member.id);
    await db
      .update(verificationTokens)
      .set({ expires: new Date(Date.now() - 1000) })
      .where(eq(verificationTokens.token, hashToken(expiring)));
    expect(await checkResetLink(expiring)).toEqual({ ok: false, problem: 'expired' });
    expect(await consumeToken(db, 'reset-password', expiring)).toEqual({ ok: false, problem: 'expired' });

    for (const forged of ['x'.repeat(43), 'short', 42, null, { token: secret }]) {
      expect(await consumeToken(db, 'reset-password', forged)).toEqual({ ok: false, problem: 'invalid' });
    }
  });

  it('replace the earlier link of the same purpose', async () => {
    const member = await createUser();
    const first = await issueToken(db, 'reset-password', member.id);
    const second = await issueToken(db, 'reset-password', member.id);
    expect(await checkResetLink(first)).toEqual({ ok: false, problem: 'invalid' });
    expect(await checkResetLink(second)).toEqual({ ok: true });
  });
});

describe('verified addresses', () => {
  it('sign-up queues a verification mail with the member, and its link verifies once', async () => {
    const id = unique();
    const email = `new-${id}@example.com`;
    const created = await createMemberWithVerification(
      { email, password: PASSWORD, handle: `new-${id}`, displayName: `New ${id}` },
      ORIGIN,
    );
    if (!created.ok) throw new Error('not created');
    expect((await memberRow(created.id)).emailVerified).toBeNull();
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ kind: 'verify-email', subject: 'Verify your Verdict email address' });
    expect(mail!.textBody).toContain('https://verdict.example/verify-email?token=');
    expect(mail!.htmlBody).toContain('Verify this address');

    const secret = await secretMailedTo(email, 'verify-email');
    expect(await verifyEmail(secret)).toEqual({ ok: true, change: false });
    expect((await memberRow(created.id)).emailVerified).toBeInstanceOf(Date);
    expect(await verifyEmail(secret)).toEqual({ ok: false, problem: 'invalid' });
    expect(await resendVerification({ actor: { id: created.id }, origin: ORIGIN })).toEqual({
      ok: false,
      reason: 'already-verified',
    });
  });

  it('a taken email at sign-up queues nothing', async () => {
    const taken = await createUser();
    const id = unique();
    const before = (await mailsTo(taken.email!)).length;
    const created = await createMemberWithVerification(
      { email: taken.email!, password: PASSWORD, handle: `late-${id}`, displayName: 'Late' },
      ORIGIN,
    );
    expect(created).toEqual({ ok: false, conflict: 'email' });
    expect(await mailsTo(taken.email!)).toHaveLength(before);
  });

  it('a link for an address the member has since left proves nothing', async () => {
    const member = await createUser();
    await resendVerification({ actor: member, origin: ORIGIN });
    const secret = await secretMailedTo(member.email!, 'verify-email');
    await db
      .update(users)
      .set({ email: `elsewhere-${unique()}@example.com` })
      .where(eq(users.id, member.id));
    expect(await verifyEmail(secret)).toEqual({ ok: false, problem: 'invalid' });
    expect((await memberRow(member.id)).emailVerified).toBeNull();
  });

  it('an email change waits for the new address, tells the old one, and refuses an address taken meanwhile', async () => {
    const member = await createUser();
    const newEmail = `moved-${unique()}@example.com`;
    expect(await requestEmailChange({ actor: member, newEmail: member.email!, origin: ORIGIN })).toEqual({
      ok: false,
      reason: 'same-address',
    });
    expect(await requestEmailChange({ actor: member, newEmail, origin: ORIGIN })).toEqual({ ok: true });
    expect((await memberRow(member.id)).email).toBe(member.email);
    expect((await mailsTo(member.email!))[0]).toMatchObject({ kind: 'email-change-notice' });
    expect((await mailsTo(member.email!))[0]!.textBody).toContain(newEmail);

    const secret = await secretMailedTo(newEmail, 'email-change');
    expect(await verifyEmail(secret)).toEqual({ ok: true, change: true });
    expect(await memberRow(member.id)).toMatchObject({ email: newEmail, emailVerified: expect.any(Date) });

    const racing = await createUser();
    const contested = `contested-${unique()}@example.com`;
    await requestEmailChange({ actor: racing, newEmail: contested, origin: ORIGIN });
    const contestedSecret = await secretMailedTo(contested, 'email-change');
    await createUser({ email: contested });
    expect(await verifyEmail(contestedSecret)).toEqual({ ok: false, problem: 'taken' });
    expect((await memberRow(racing.id)).email).toBe(racing.email);
  });

  it('an address that belongs to someone else gets no link, and the answer is the same', async () => {
    const member = await createUser();
    const owner = await createUser();
    expect(await requestEmailChange({ actor: member, newEmail: owner.email!, origin: ORIGIN })).toEqual({ ok: true });
    expect((await mailsTo(owner.email!)).filter((mail) => mail.kind === 'email-change')).toHaveLength(0);
  });
});

describe('password reset', () => {
  it('mails only an account that exists, and a reset ends every session and spends the link', async () => {
    const nobody = `nobody-${unique()}@example.com`;
    await requestPasswordReset({ email: nobody, origin: ORIGIN });
    expect(await mailsTo(nobody)).toHaveLength(0);

    const member = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    await requestPasswordReset({ email: member.email!, origin: ORIGIN });
    const secret = await secretMailedTo(member.email!, 'password-reset');
    expect(await checkResetLink(secret)).toEqual({ ok: true });

    expect(await resetPassword({ secret, password: 'a new password here', origin: ORIGIN })).toEqual({ ok: true });
    const after = await memberRow(member.id);
    expect(after.sessionVersion).toBe(member.sessionVersion + 1);
    expect(after.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword(after.passwordHash!, 'a new password here')).toBe(true);
    expect((await mailsTo(member.email!))[0]).toMatchObject({ kind: 'password-changed' });
    expect(await resetPassword({ secret, password: 'yet another password', origin: ORIGIN })).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('sends a deleted member nothing', async () => {
    const deleted = await createUser({ deletedAt: new Date() });
    await requestPasswordReset({ email: deleted.email!, origin: ORIGIN });
    expect(await mailsTo(deleted.email!)).toHaveLength(0);
  });

  it('sends a banned member a link: a ban still lets them in to read and export their data', async () => {
    const banned = await createUser({ bannedAt: new Date() });
    await requestPasswordReset({ email: banned.email!, origin: ORIGIN });
    expect(await mailsTo(banned.email!)).toHaveLength(1);
  });
});

describe('password change and signing out everywhere', () => {
  it('needs the current password and bumps the session version', async () => {
    const member = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const wrong = await changePassword({
      actor: member,
      currentPassword: 'not it',
      newPassword: 'a new password here',
      origin: ORIGIN,
    });
    expect(wrong).toEqual({ ok: false, reason: 'wrong-password' });
    expect((await memberRow(member.id)).sessionVersion).toBe(member.sessionVersion);

    const right = await changePassword({
      actor: member,
      currentPassword: PASSWORD,
      newPassword: 'a new password here',
      origin: ORIGIN,
    });
    expect(right).toEqual({ ok: true, sessionVersion: member.sessionVersion + 1 });
    expect(await verifyPassword((await memberRow(member.id)).passwordHash!, 'a new password here')).toBe(true);
    expect((await mailsTo(member.email!))[0]).toMatchObject({ kind: 'password-changed' });
  });

  it('lets a member who came through GitHub or Google set a first password', async () => {
    const member = await createUser({ passwordHash: null });
    const set = await changePassword({ actor: member, currentPassword: '', newPassword: 'my first password', origin: ORIGIN });
    expect(set.ok).toBe(true);
    expect(await verifyPassword((await memberRow(member.id)).passwordHash!, 'my first password')).toBe(true);
  });

  it('lets only one of two changes with the same old password through', async () => {
    const member = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const results = await Promise.all(
      ['first new password', 'second new password'].map((newPassword) =>
        changePassword({ actor: member, currentPassword: PASSWORD, newPassword, origin: ORIGIN }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await memberRow(member.id)).sessionVersion).toBe(member.sessionVersion + 1);
  });

  it('"sign out everywhere" bumps the version and returns the new one', async () => {
    const member = await createUser();
    expect(await endOtherSessions({ actor: member })).toBe(member.sessionVersion + 1);
    expect(await endOtherSessions({ actor: { id: '00000000-0000-4000-8000-000000000000' } })).toBeNull();
  });
});
