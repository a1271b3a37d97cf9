import { createHash, randomBytes } from 'node:crypto';

/** A new link secret: 256 random bits, URL-safe. */
export function newTokenSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored for a link secret. Only the hash is kept, so a copy of the
 * database opens no one's account; a plain SHA-256 is enough because the
 * secret is random, not chosen by a person.
 */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A secret as it can appear in a link: anything else is refused before the database is asked. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
