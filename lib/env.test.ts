import { describe, expect, it } from 'vitest';

import { oauthProviders, parseEnv } from './env';

describe('oauthProviders', () => {
  it.each([
    [{}, { github: false, google: false }],
    [{ AUTH_GITHUB_ID: 'id' }, { github: false, google: false }],
    [
      { AUTH_GITHUB_ID: 'id', AUTH_GITHUB_SECRET: 'secret' },
      { github: true, google: false },
    ],
    [
      { AUTH_GOOGLE_ID: 'id', AUTH_GOOGLE_SECRET: 'secret' },
      { github: false, google: true },
    ],
    [
      { AUTH_GITHUB_ID: 'a', AUTH_GITHUB_SECRET: 'b', AUTH_GOOGLE_ID: 'c', AUTH_GOOGLE_SECRET: 'd' },
      { github: true, google: true },
    ],
  ])('%j → %j', (variables, expected) => {
    expect(oauthProviders(variables)).toEqual(expected);
  });
});

describe('parseEnv', () => {
  const database = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/verdict' };
  const secret = 'x'.repeat(32);

  it('accepts a development setup with only a database', () => {
    expect(parseEnv(database)).toMatchObject({ NODE_ENV: 'development', DATABASE_URL: database.DATABASE_URL });
  });

  it.each([
    [{ ...database, NODE_ENV: 'production' }, 'AUTH_SECRET: AUTH_SECRET is required in production'],
    [{ ...database, AUTH_SECRET: 'short' }, 'AUTH_SECRET: AUTH_SECRET must be at least 32 characters'],
    [{ DATABASE_URL: 'mysql://localhost/verdict', AUTH_SECRET: secret }, 'DATABASE_URL: DATABASE_URL must be a postgres:// URL'],
    [{ AUTH_SECRET: secret }, 'DATABASE_URL'],
    [{ ...database, DATABASE_PREPARE: 'no' }, 'DATABASE_PREPARE: DATABASE_PREPARE must be true or false'],
    [{ ...database, DATABASE_PREPARE: '' }, 'DATABASE_PREPARE'],
    [{ ...database, TRUSTED_PROXY_HOPS: 'one' }, 'TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number'],
    [{ ...database, TRUSTED_PROXY_HOPS: '1.5' }, 'TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number'],
    [{ ...database, TRUSTED_PROXY_HOPS: '-1' }, 'TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS cannot be negative'],
    [{ ...database, SMTP_URL: 'http://mail.example.com' }, 'SMTP_URL: SMTP_URL must be an smtp:// or smtps:// URL'],
    [{ ...database, SMTP_URL: 'smtp://mail.example.com' }, 'MAIL_FROM: MAIL_FROM is required when SMTP_URL is set'],
    [{ ...database, MAIL_FROM: 'not an address' }, 'MAIL_FROM: MAIL_FROM must be one address'],
    [{ ...database, MAIL_FROM: 'a@example.com, b@example.com' }, 'MAIL_FROM: MAIL_FROM must be one address'],
  ])('refuses %j', (variables, message) => {
    expect(() => parseEnv(variables)).toThrow(message);
  });

  it.each([
    [undefined, 0],
    ['0', 0],
    ['2', 2],
  ])('reads TRUSTED_PROXY_HOPS=%s as %d', (value, hops) => {
    expect(parseEnv({ ...database, TRUSTED_PROXY_HOPS: value }).TRUSTED_PROXY_HOPS).toBe(hops);
  });

  it.each(['true', 'false'])('accepts DATABASE_PREPARE=%s', (value) => {
    expect(parseEnv({ ...database, DATABASE_PREPARE: value }).DATABASE_PREPARE).toBe(value);
  });

  it.each(['smtp://user:secret@mail.example.com:587', 'smtps://mail.example.com'])('accepts SMTP_URL=%s with a sender', (url) => {
    const parsed = parseEnv({ ...database, SMTP_URL: url, MAIL_FROM: 'Verdict <verdict@example.com>' });
    expect(parsed).toMatchObject({ SMTP_URL: url, MAIL_FROM: 'Verdict <verdict@example.com>' });
  });

  it('treats a blank SMTP_URL as unset: mail goes to the outbox folder', () => {
    expect(parseEnv({ ...database, SMTP_URL: ' ' }).SMTP_URL).toBeUndefined();
  });

  it('treats blank OAuth variables as unset', () => {
    expect(parseEnv({ ...database, AUTH_GITHUB_ID: '  ' }).AUTH_GITHUB_ID).toBeUndefined();
  });
});
