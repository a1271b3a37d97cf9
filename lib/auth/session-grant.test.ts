import { describe, expect, it } from 'vitest';

import { grantedVersion, makeSessionGrant } from './session-grant';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const MEMBER = '6f1c1d52-2a8e-4d5e-9a57-3b7f2a4c9e10';
const NOW = 1_800_000_000_000;

describe('session grants', () => {
  const grant = makeSessionGrant(SECRET, MEMBER, 4, NOW);

  it('gives the version to the member it was made for, within a minute', () => {
    expect(grantedVersion(SECRET, MEMBER, grant, NOW + 59_000)).toBe(4);
  });

  it.each([
    ['another secret', 'another-secret-of-at-least-thirty-two-chars', MEMBER, grant, NOW],
    ['no secret', undefined, MEMBER, grant, NOW],
    ['another member', SECRET, 'a1b2c3d4-0000-4000-8000-000000000000', grant, NOW],
    ['a later time', SECRET, MEMBER, grant, NOW + 61_000],
    ['a raised version', SECRET, MEMBER, { ...grant, version: 5 }, NOW],
    ['a stretched expiry', SECRET, MEMBER, { ...grant, expires: grant.expires + 3_600_000 }, NOW],
    ['a forged mac', SECRET, MEMBER, { ...grant, mac: 'x'.repeat(43) }, NOW],
    ['a short mac', SECRET, MEMBER, { ...grant, mac: 'x' }, NOW],
    ['a bare number', SECRET, MEMBER, 5, NOW],
    ['nothing', SECRET, MEMBER, undefined, NOW],
  ])('refuses %s', (_case, secret, member, value, now) => {
    expect(grantedVersion(secret, member, value, now)).toBeNull();
  });
});
