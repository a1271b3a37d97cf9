import { createHmac, timingSafeEqual } from 'node:crypto';

import { MAIL_TOPICS, type UnsubscribeScope } from './types';

/**
 * Unsubscribe links work without signing in, so the link itself must prove
 * whose mail it stops: `<member id>.<scope>.<expiry>.<signature>`, signed
 * with HMAC-SHA256 under a key derived from AUTH_SECRET for this purpose
 * only. Nothing is stored, so any number of mails can carry a link, and
 * changing AUTH_SECRET voids every one of them.
 */
export const UNSUBSCRIBE_LINK_DAYS = 90;

const SCOPES: readonly string[] = [...MAIL_TOPICS, 'digest'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOKEN = /^([0-9a-f-]{36})\.([a-z-]{1,20})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/;

export type UnsubscribeTokenCheck =
  { ok: true; memberId: string; scope: UnsubscribeScope } | { ok: false; reason: 'invalid' | 'expired' };

function signature(secret: string, payload: string): string {
  const key = createHmac('sha256', secret).update('verdict unsubscribe link').digest();
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function signUnsubscribeToken(
  { memberId, scope }: { memberId: string; scope: UnsubscribeScope },
  { secret, now = new Date() }: { secret: string; now?: Date },
): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_LINK_DAYS * 24 * 60 * 60;
  const payload = `${memberId}.${scope}.${expires}`;
  return `${payload}.${signature(secret, payload)}`;
}

/** Whose mail a token stops, if its signature holds and it has not expired; anything else is refused before the database is asked. */
export function readUnsubscribeToken(
  token: unknown,
  { secret, now = new Date() }: { secret: string; now?: Date },
): UnsubscribeTokenCheck {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match) return { ok: false, reason: 'invalid' };
  const [, memberId = '', scope = '', expires = '', given = ''] = match;
  if (!UUID.test(memberId) || !SCOPES.includes(scope)) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(signature(secret, `${memberId}.${scope}.${expires}`));
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, reason: 'invalid' };
  // Checked after the signature, so "expired" is only ever said of a link Verdict made.
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, memberId, scope: scope as UnsubscribeScope };
}
