import { describe, expect, it } from 'vitest';

import { isPermanentFailure, LONGEST_RETRY_SECONDS, MAX_ATTEMPTS, retryDelaySeconds } from './retry';

describe('retryDelaySeconds', () => {
  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [9, 1280],
    [10, LONGEST_RETRY_SECONDS],
    [MAX_ATTEMPTS, LONGEST_RETRY_SECONDS],
  ])('after failure %d waits %d s', (attempts, seconds) => {
    expect(retryDelaySeconds(attempts)).toBe(seconds);
  });

  it('keeps trying for about two days before giving up', () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) total += retryDelaySeconds(attempt);
    expect(total / 3600).toBeGreaterThan(40);
    expect(total / 3600).toBeLessThan(60);
  });
});

describe('isPermanentFailure', () => {
  it.each([
    [{ code: 'EENVELOPE', responseCode: 550 }, true],
    [{ code: 'EENVELOPE', responseCode: 451 }, false],
    [{ code: 'EAUTH', responseCode: 535 }, false],
    [{ code: 'ECONNECTION' }, false],
    [new Error('socket hang up'), false],
    [null, false],
  ])('%j → %s', (error, permanent) => {
    expect(isPermanentFailure(error)).toBe(permanent);
  });
});
