import 'server-only';

import { setTimeout as sleep } from 'node:timers/promises';

import { Redis } from 'ioredis';

/**
 * A rate limit must answer now: when Redis cannot, the throttle counts in
 * memory instead (see limiters.ts), so every option here is about failing
 * fast rather than waiting for Redis.
 */
const OPTIONS = {
  // connectRedis connects explicitly, so the first connection can be awaited (see `ready`).
  lazyConnect: true,
  // Refuse commands at once while disconnected instead of queueing them
  // behind the reconnection (rate-limiter-flexible's recommendation): a queued
  // vote would wait for Redis, and a reconnection that takes minutes would
  // hold every vote and sign-in for minutes.
  enableOfflineQueue: false,
  // A command caught by a dropped connection fails instead of being resent
  // after the reconnection, for the same reason.
  maxRetriesPerRequest: 0,
  // Redis answers a throttle in about a millisecond; one that has not
  // answered in half a second is stuck (overloaded, or a network partition
  // that drops packets without closing the connection).
  commandTimeout: 500,
  connectTimeout: 2_000,
  // Reconnection keeps ioredis's default: forever, 50 ms more per attempt up to 2 s.
} as const;

/** How long a fresh process waits, once, for its first connection. */
const FIRST_CONNECTION_WAIT_MS = 2_000;

export interface RedisConnection {
  client: Redis;
  /**
   * Settles when the first connection is ready or has failed, and never
   * rejects. Throttles wait for it so a fresh process counts its first
   * requests in Redis rather than in its own memory; afterwards it costs nothing.
   */
  ready: Promise<void>;
}

export function connectRedis(url: string): RedisConnection {
  const client = new Redis(url, OPTIONS);
  reportOutages(client);
  const waited = sleep(FIRST_CONNECTION_WAIT_MS, undefined, { ref: false });
  const ready = Promise.race([client.connect(), waited]).then(
    () => undefined,
    () => undefined,
  );
  return { client, ready };
}

/**
 * One line per outage, not one per reconnection attempt (and without a
 * listener ioredis prints every failed attempt as an unhandled error).
 */
function reportOutages(client: Redis) {
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    console.warn(`[rate-limit] Redis unreachable (${error.message}); each instance counts throttles in memory until it answers`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    console.info('[rate-limit] Redis answers again; throttles are shared once more');
  });
}

const globalForRedis = globalThis as typeof globalThis & { verdictRedis?: RedisConnection };

/**
 * The process's one connection. Kept on globalThis because Next may evaluate
 * this module more than once in a process (dev reloads, for one), and each
 * evaluation would otherwise open a connection of its own.
 */
export function sharedRedis(url: string): RedisConnection {
  globalForRedis.verdictRedis ??= connectRedis(url);
  return globalForRedis.verdictRedis;
}

/** Closes the process's connection; a script that throttles calls it so it can exit. */
export async function closeSharedRedis() {
  const open = globalForRedis.verdictRedis;
  globalForRedis.verdictRedis = undefined;
  await open?.client.quit().catch(() => open.client.disconnect());
}
