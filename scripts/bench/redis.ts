/** The Redis the servers share, as the scale demo reaches it. */
import { setTimeout as sleep } from 'node:timers/promises';

import { Redis } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** A connection that has answered PING; fails at once, with what to do, when nothing answers. */
export async function connectRedis(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    throw new Error(
      `No Redis answers at ${url} (${(error as Error).message}). Start one (redis-server) or point REDIS_URL at one.`,
    );
  }
}

/**
 * Waits until a budget spent by an earlier run has expired, then notes that
 * this run starts spending it now. A limit kept in Redis outlives the
 * servers that counted it, so a second run within the window would start
 * with part of the budget gone and refuse early.
 */
export async function waitForFreshBudget(redis: Redis, key: string, windowMs: number, log = console.log): Promise<void> {
  const left = await redis.pttl(key);
  if (left > 0) {
    log(`  (waiting ${Math.ceil(left / 1000)} s: a run less than a minute ago spent this member's budget)`);
    await sleep(left);
  }
  await redis.set(key, new Date().toISOString(), 'PX', windowMs);
}
