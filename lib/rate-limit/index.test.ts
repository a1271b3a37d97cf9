import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { check, consume } from './index';

describe('commentPost throttle', () => {
  it('lets a member post 30 comments in 10 minutes, then refuses until the window passes', async () => {
    const member = randomUUID();
    for (let posted = 0; posted < 30; posted += 1) {
      expect(await check('commentPost', member)).toEqual({ allowed: true });
      expect(await consume('commentPost', member)).toEqual({ allowed: true });
    }
    const refused = await check('commentPost', member);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(9 * 60);
    // Another member's budget is their own.
    expect(await check('commentPost', randomUUID())).toEqual({ allowed: true });
  });
});
