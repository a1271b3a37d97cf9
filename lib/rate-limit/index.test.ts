import { randomUUID } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { deleteKeys, provisionTestRedis, type TestRedis } from '@/tests/support/redis';

/**
 * A fresh evaluation of the module with REDIS_URL as given, as Next may
 * evaluate it more than once in a process.
 */
async function loadRateLimits(redisUrl: string) {
  vi.resetModules();
  vi.stubEnv('REDIS_URL', redisUrl);
  return import('./index');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('without REDIS_URL', () => {
  it('lets a member post 30 comments in 10 minutes, then refuses until the window passes', async () => {
    const { check, consume } = await loadRateLimits('');
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

  it('counts in one memory however many bundles of the server evaluate the module', async () => {
    // Next evaluates a module once per server bundle: a route handler and a page's action each get one.
    const routeHandler = await loadRateLimits('');
    const pageAction = await loadRateLimits('');
    const email = `${randomUUID()}@example.com`;
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect(await routeHandler.consume('signInAccount', email)).toEqual({ allowed: true });
    expect(await pageAction.consume('signInAccount', email)).toMatchObject({ allowed: false });
  });
});

describe('with REDIS_URL', () => {
  let redis: TestRedis | undefined;
  // Part of every key this file writes, so it can clean up after itself on a shared Redis.
  const run = randomUUID();

  beforeAll(async () => {
    redis = await provisionTestRedis();
  });

  afterAll(async () => {
    const { closeThrottles, REDIS_KEY_PREFIX } = await loadRateLimits('');
    await closeThrottles();
    if (redis) {
      await deleteKeys(redis.url, `${REDIS_KEY_PREFIX}:*:${run}:*`);
      await redis.dispose();
    }
  });

  it('counts in Redis under verdict:throttle, one budget however often the module is evaluated', async () => {
    const member = `${run}:${randomUUID()}`;
    const first = await loadRateLimits(redis!.url);
    for (let vote = 0; vote < 59; vote += 1) expect(await first.consume('vote', member)).toEqual({ allowed: true });
    const second = await loadRateLimits(redis!.url);
    expect(await second.consume('vote', member)).toEqual({ allowed: true });
    expect(await first.consume('vote', member)).toMatchObject({ allowed: false });

    const client = new Redis(redis!.url);
    try {
      expect(await client.get(`verdict:throttle:vote:${member}`)).toBe('61');
    } finally {
      client.disconnect();
    }
    await second.reset('vote', member);
    expect(await first.check('vote', member)).toEqual({ allowed: true });
  });
});
