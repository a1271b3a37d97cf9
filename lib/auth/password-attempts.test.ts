import { randomUUID } from 'node:crypto';

import { describe, expect, it, vi } from 'vitest';

import { THROTTLES } from '@/lib/rate-limit/throttles';

import { SignInThrottled, withPasswordBudget } from './password-attempts';

const wrong = async () => null;
const right = async () => ({ id: 'member' });

function attempt(email = `${randomUUID()}@example.com`, address = randomUUID()) {
  return { email, address };
}

/** Tries `times` wrong passwords; how many were actually compared. */
async function guess(times: number, next: () => { email: string; address: string }) {
  const verify = vi.fn(wrong);
  for (let index = 0; index < times; index += 1) {
    await withPasswordBudget(next(), verify).catch((error: unknown) => {
      if (!(error instanceof SignInThrottled)) throw error;
    });
  }
  return verify.mock.calls.length;
}

describe('withPasswordBudget', () => {
  const perAccount = THROTTLES.signInAccount.points;
  const perAddress = THROTTLES.signInAddress.points;

  it('compares at most the account budget of passwords from one address, then refuses the right one too', async () => {
    const one = attempt();
    expect(await guess(perAccount + 5, () => one)).toBe(perAccount);
    const verify = vi.fn(right);
    await expect(withPasswordBudget(one, verify)).rejects.toBeInstanceOf(SignInThrottled);
    expect(verify).not.toHaveBeenCalled();
  });

  it('limits one account however many addresses the guesses come from', async () => {
    const email = `${randomUUID()}@example.com`;
    expect(await guess(perAccount * 3, () => attempt(email))).toBe(perAccount);
  });

  it('limits one address across many accounts', async () => {
    const address = randomUUID();
    expect(await guess(perAddress + 20, () => attempt(undefined, address))).toBe(perAddress);
  });

  it('counts a burst of parallel guesses before any is compared', async () => {
    const one = attempt();
    const verify = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return null;
    });
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => withPasswordBudget(one, verify)));
    expect(verify).toHaveBeenCalledTimes(perAccount);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(40 - perAccount);
  });

  it('gives the points of a right password back', async () => {
    const one = attempt();
    for (let index = 0; index < perAccount * 2; index += 1) {
      await expect(withPasswordBudget(one, right)).resolves.toEqual({ id: 'member' });
    }
    expect(await guess(perAccount + 1, () => one)).toBe(perAccount);
  });

  it('limits an email that has no account exactly like one that has', async () => {
    const nobody = attempt('nobody-here@example.com');
    expect(await guess(perAccount + 3, () => nobody)).toBe(perAccount);
  });
});
