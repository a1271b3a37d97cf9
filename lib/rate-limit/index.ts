import 'server-only';

import { env } from '@/lib/env';

import { createThrottles, type Throttles } from './limiters';
import { closeSharedRedis, sharedRedis } from './redis';
import type { Throttle, ThrottleResult } from './throttles';

export type { Throttle, ThrottleResult } from './throttles';
export { throttledMessage, waitMessage } from './messages';

/**
 * Every Redis key the throttles write starts with this, so a Redis shared
 * with other uses stays tidy: `verdict:throttle:vote:<member id>`.
 */
export const REDIS_KEY_PREFIX = 'verdict:throttle';

/**
 * The process's throttles live on globalThis, not in this module: Next
 * evaluates a module once per server bundle that includes it, so a route
 * handler (Auth.js's callback endpoint) and a page's server action (the
 * sign-in form) would otherwise count in two memories, each granting the
 * whole budget. Keyed by the store they count in, so a changed REDIS_URL
 * (tests) gets throttles of its own.
 */
const PROCESS_THROTTLES = Symbol.for('verdict.throttles');
type ProcessThrottles = { store: string; throttles: Throttles };
const shared = globalThis as typeof globalThis & { [PROCESS_THROTTLES]?: ProcessThrottles };

/**
 * In memory, which is right for one process; in Redis when REDIS_URL is set,
 * so that several instances behind a load balancer share one budget per
 * member or address instead of each granting a budget of its own.
 */
function current(): Throttles {
  const url = env().REDIS_URL;
  const store = url ?? 'memory';
  let held = shared[PROCESS_THROTTLES];
  if (held?.store !== store) {
    held = { store, throttles: createThrottles(url ? { redis: sharedRedis(url), keyPrefix: REDIS_KEY_PREFIX } : undefined) };
    shared[PROCESS_THROTTLES] = held;
  }
  return held.throttles;
}

/** Takes one point; refuses once the budget is spent. */
export async function consume(throttle: Throttle, key: string): Promise<ThrottleResult> {
  return current().consume(throttle, key);
}

/**
 * Refuses without taking a point when the budget is already spent. Only for
 * reading the wait: a check followed by a later consume lets a burst of
 * parallel requests all pass the check.
 */
export async function check(throttle: Throttle, key: string): Promise<ThrottleResult> {
  return current().check(throttle, key);
}

/** Gives back one point: consume first, refund when the attempt turned out not to count. */
export async function refund(throttle: Throttle, key: string) {
  await current().refund(throttle, key);
}

/**
 * Runs `work` with a point already taken by `consume`, and gives it back
 * when the work throws or its result did not count (nothing was published,
 * through nothing the member did).
 */
export async function refundUnless<T>(
  throttle: Throttle,
  key: string,
  work: () => Promise<T>,
  counted: (result: T) => boolean,
): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await refund(throttle, key);
    throw error;
  }
  if (!counted(result)) await refund(throttle, key);
  return result;
}

export async function reset(throttle: Throttle, key: string) {
  await current().reset(throttle, key);
}

/** Closes the Redis connection, if there is one, so a script can exit. */
export async function closeThrottles() {
  delete shared[PROCESS_THROTTLES];
  await closeSharedRedis();
}
