import { describe, expect, it } from 'vitest';

import { readUnsubscribeToken, signUnsubscribeToken, UNSUBSCRIBE_LINK_DAYS } from './unsubscribe-token';

const secret = 'a-secret-that-is-at-least-32-characters-long';
const memberId = '5f0e7a4c-3b1d-4e2f-9a8b-7c6d5e4f3a2b';
const now = new Date('2026-12-04T12:00:00Z');
const token = signUnsubscribeToken({ memberId, scope: 'replies' }, { secret, now });
const later = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);

describe('unsubscribe tokens', () => {
  it('name the member and what to stop', () => {
    expect(readUnsubscribeToken(token, { secret, now })).toEqual({ ok: true, memberId, scope: 'replies' });
    const digest = signUnsubscribeToken({ memberId, scope: 'digest' }, { secret, now });
    expect(readUnsubscribeToken(digest, { secret, now })).toEqual({ ok: true, memberId, scope: 'digest' });
  });

  it(`work for ${UNSUBSCRIBE_LINK_DAYS} days`, () => {
    expect(readUnsubscribeToken(token, { secret, now: later(UNSUBSCRIBE_LINK_DAYS - 1) }).ok).toBe(true);
    expect(readUnsubscribeToken(token, { secret, now: later(UNSUBSCRIBE_LINK_DAYS + 1) })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  const [id, scope, expires, signature] = token.split('.');
  it.each([
    ['another secret', token, 'another-secret-that-is-at-least-32-characters'],
    ['another member', `${'0'.repeat(8)}-3b1d-4e2f-9a8b-7c6d5e4f3a2b.${scope}.${expires}.${signature}`, secret],
    ['another scope', `${id}.mentions.${expires}.${signature}`, secret],
    ['a later expiry', `${id}.${scope}.${Number(expires) + 1}.${signature}`, secret],
    ['an unknown scope', `${id}.everything.${expires}.${signature}`, secret],
    ['a cut signature', token.slice(0, -1), secret],
    ['nothing', '', secret],
    ['not text', 42, secret],
    ['a long string', 'x'.repeat(10_000), secret],
  ])('refuse %s', (_case, candidate, key) => {
    expect(readUnsubscribeToken(candidate, { secret: key, now })).toEqual({ ok: false, reason: 'invalid' });
  });
});
