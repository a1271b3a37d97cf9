import { beforeAll, describe, expect, it, vi } from 'vitest';

import { setMailPreferences } from '@/lib/notification-mail/mutations';
import { getMailPreferences } from '@/lib/notification-mail/queries';
import { NO_NOTIFICATION_MAIL } from '@/lib/notification-mail/types';
import { signUnsubscribeToken } from '@/lib/notification-mail/unsubscribe-token';

import { createUser } from '../support/factories';

/**
 * The email choices and the unsubscribe button, called as a hostile script
 * would call their endpoints: anything in place of the form ends in a
 * refusal in words, never an error, and changes nothing.
 */

process.env.AUTH_SECRET ??= 'a-test-secret-that-is-at-least-32-characters-long';

const session = vi.hoisted(() => ({ viewer: null as null | { id: string; handle: string } }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/lib/auth/viewer', () => ({
  requireMember: async () => {
    if (!session.viewer) throw new Error('signed out');
    return session.viewer;
  },
}));

const { saveMailPreferencesAction, unsubscribeAction } = await import('@/lib/actions/mail-preferences');

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

const HOSTILE: unknown[] = ['', 'replies=daily', {}, [1], 0, Number.NaN, true, null, undefined, 'x'.repeat(100_000)];

let member: { id: string; handle: string };
beforeAll(async () => {
  member = await createUser();
  session.viewer = member;
});

describe('saving email choices', () => {
  it('saves a choice per topic', async () => {
    const chosen = { replies: 'daily', mentions: 'immediate', badges: 'off', 'followed-reviews': 'daily' } as const;
    expect(await saveMailPreferencesAction(null, form(chosen))).toMatchObject({ ok: true });
    expect(await getMailPreferences(member.id)).toEqual(chosen);
  });

  it('refuses an unknown choice beside its topic and keeps what was chosen', async () => {
    const sent = { replies: 'hourly', mentions: 'daily', badges: 'off', 'followed-reviews': 'off' };
    const before = await getMailPreferences(member.id);
    expect(await saveMailPreferencesAction(null, form(sent))).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Please correct the highlighted choices.',
      fieldErrors: { replies: ['Choose Off, Immediately or Daily digest.'] },
      values: sent,
    });
    expect(await getMailPreferences(member.id)).toEqual(before);
  });

  it.each(HOSTILE.map((value) => [String(value).slice(0, 20), value]))(
    'refuses %s in place of the form',
    async (_shown, value) => {
      const before = await getMailPreferences(member.id);
      expect(await saveMailPreferencesAction(null, value as FormData)).toMatchObject({ ok: false });
      expect(await getMailPreferences(member.id)).toEqual(before);
    },
  );
});

describe('the unsubscribe button', () => {
  it('stops the topic its token names, signed out', async () => {
    const reader = await createUser();
    await setMailPreferences(reader, { ...NO_NOTIFICATION_MAIL, mentions: 'immediate' });
    const token = signUnsubscribeToken({ memberId: reader.id, scope: 'mentions' }, { secret: process.env.AUTH_SECRET! });
    expect(await unsubscribeAction(null, form({ token }))).toEqual({
      ok: true,
      data: undefined,
      message: 'You will no longer get mail about mentions.',
    });
    expect(await getMailPreferences(reader.id)).toEqual(NO_NOTIFICATION_MAIL);
  });

  it.each(HOSTILE.map((value) => [String(value).slice(0, 20), value]))('answers %s in words', async (_shown, value) => {
    expect(await unsubscribeAction(null, value as FormData)).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('This unsubscribe link does not work'),
    });
  });

  it('says an expired link has expired', async () => {
    const long = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000);
    const token = signUnsubscribeToken(
      { memberId: member.id, scope: 'replies' },
      { secret: process.env.AUTH_SECRET!, now: long },
    );
    expect(await unsubscribeAction(null, form({ token }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('has expired'),
    });
  });
});
