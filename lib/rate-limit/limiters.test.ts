import { randomUUID } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { deleteKeys, freePort, provisionTestRedis, startStallingProxy, type TestRedis } from '@/tests/support/redis';

import { createThrottles, type Throttles } from './limiters';
import { connectRedis, type RedisConnection } from './redis';

// Every key this run writes starts with its own prefix, so a Redis shared
// with other work is left as it was found.
const keyPrefix = `verdict:test-${randomUUID()}`;
let redis: TestRedis | undefined;
const connections: RedisConnection[] = [];

/** A connection of its own, as a separate instance of the site would have. */
function connect(url = redis!.url): RedisConnection {
  const connection = connectRedis(url);
  connections.push(connection);
  return connection;
}

function inRedis(connection = connect()): Throttles {
  return createThrottles({ redis: connection, keyPrefix });
}

async function spend(throttles: Throttles, key: string, times: number) {
  for (let spent = 0; spent < times; spent += 1) expect(await throttles.consume('follow', key)).toEqual({ allowed: true });
}

beforeAll(async () => {
  redis = await provisionTestRedis();
});

afterAll(async () => {
  await Promise.all(connections.map(({ client }) => client.quit().catch(() => client.disconnect())));
  if (redis) {
    await deleteKeys(redis.url, `${keyPrefix}:*`);
    await redis.dispose();
  }
});

describe.each([
  ['in memory', () => createThrottles()],
  ['in Redis', () => inRedis()],
])('throttles %s', (_store, create) => {
  it('refuse once the budget is spent, saying how long to wait', async () => {
    const throttles = create();
    const member = randomUUID();
    await spend(throttles, member, 30);
    const refused = await throttles.consume('follow', member);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('check never takes a point', async () => {
    const throttles = create();
    const member = randomUUID();
    for (let looked = 0; looked < 40; looked += 1) expect(await throttles.check('follow', member)).toEqual({ allowed: true });
    await spend(throttles, member, 29);
    expect(await throttles.check('follow', member)).toEqual({ allowed: true });
    await spend(throttles, member, 1);
    expect(await throttles.check('follow', member)).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
  });

  it('reset gives the whole budget back', async () => {
    const throttles = create();
    const member = randomUUID();
    await spend(throttles, member, 30);
    expect(await throttles.check('follow', member)).toMatchObject({ allowed: false });
    await throttles.reset('follow', member);
    await spend(throttles, member, 30);
  });

  it('keep budgets apart per key and per throttle', async () => {
    const throttles = create();
    const member = randomUUID();
    await spend(throttles, member, 30);
    expect(await throttles.consume('follow', member)).toMatchObject({ allowed: false });
    expect(await throttles.consume('follow', randomUUID())).toEqual({ allowed: true });
    expect(await throttles.consume('vote', member)).toEqual({ allowed: true });
  });
});

describe('throttles in memory', () => {
  it('grant each process a budget of its own, which is why several instances need Redis', async () => {
    const [first, second] = [createThrottles(), createThrottles()];
    const member = randomUUID();
    await spend(first, member, 30);
    expect(await first.consume('follow', member)).toMatchObject({ allowed: false });
    expect(await second.consume('follow', member)).toEqual({ allowed: true });
  });
});

describe('throttles in Redis', () => {
  it('share one budget between instances, from their first request on', async () => {
    // Fresh connections, used at once: a new process counts in Redis, not in its memory.
    const [first, second] = [inRedis(), inRedis()];
    const member = randomUUID();
    for (let vote = 0; vote < 60; vote += 1) {
      expect(await (vote % 2 === 0 ? first : second).consume('vote', member)).toEqual({ allowed: true });
    }
    expect(await first.consume('vote', member)).toMatchObject({ allowed: false });
    expect(await second.check('vote', member)).toMatchObject({ allowed: false });
    await second.reset('vote', member);
    expect(await first.check('vote', member)).toEqual({ allowed: true });
  });

  it('keep each budget under the prefix, expiring with its window', async () => {
    const member = randomUUID();
    await inRedis().consume('vote', member);
    const client = new Redis(redis!.url);
    try {
      expect(await client.get(`${keyPrefix}:vote:${member}`)).toBe('1');
      const ttl = await client.pttl(`${keyPrefix}:vote:${member}`);
      expect(ttl).toBeGreaterThan(55_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      client.disconnect();
    }
  });
});

describe('throttles when Redis is unreachable', () => {
  it('answer from this process’s memory, still limiting, without an error or a wait', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const connection = connect(`redis://127.0.0.1:${await freePort()}`);
      const throttles = inRedis(connection);
      const address = randomUUID();
      const started = Date.now();
      expect(await throttles.check('signInAccount', address)).toEqual({ allowed: true });
      for (let failure = 0; failure < 10; failure += 1) {
        expect(await throttles.consume('signInAccount', address)).toEqual({ allowed: true });
      }
      const refused = await throttles.consume('signInAccount', address);
      expect(refused).toMatchObject({ allowed: false });
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(await throttles.check('signInAccount', address)).toMatchObject({ allowed: false });
      await throttles.reset('signInAccount', address);
      expect(await throttles.check('signInAccount', address)).toEqual({ allowed: true });
      expect(Date.now() - started).toBeLessThan(1_000);

      // ioredis keeps reconnecting; the log says so once, not once per attempt.
      await new Promise<void>((resolve) => {
        let failures = 0;
        connection.client.on('error', () => ++failures === 3 && resolve());
      });
      expect(warnings).toHaveBeenCalledTimes(1);
      expect(warnings.mock.calls[0]?.[0]).toContain('Redis unreachable');
    } finally {
      warnings.mockRestore();
    }
  });

  it('answer a request Redis sits on within a second, and count in Redis again once it answers', async () => {
    const proxy = await startStallingProxy(redis!.url);
    try {
      const [throughProxy, direct] = [inRedis(connect(proxy.url)), inRedis()];
      const address = randomUUID();
      for (let failure = 0; failure < 8; failure += 1) {
        expect(await throughProxy.consume('signInAccount', address)).toEqual({ allowed: true });
      }

      proxy.stall();
      const started = Date.now();
      expect(await throughProxy.consume('signInAccount', address)).toEqual({ allowed: true });
      expect(Date.now() - started).toBeLessThan(1_000);

      // The held request reaches Redis late (point 9); the next is point 10, the last one allowed.
      proxy.resume();
      expect(await throughProxy.consume('signInAccount', address)).toEqual({ allowed: true });
      expect(await throughProxy.consume('signInAccount', address)).toMatchObject({ allowed: false });
      expect(await direct.check('signInAccount', address)).toMatchObject({ allowed: false });
    } finally {
      await proxy.close();
    }
  });
});
