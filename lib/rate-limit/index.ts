import 'server-only';

import { env } from '@/lib/env';

import { createThrottles, type Throttles } from './limiters';
import { closeSharedRedis, sharedRedis } from './redis';
import type { Throttle, ThrottleResult } from './throttles';

export type { Throttle, ThrottleResult } from './throttles';

/**
 * Every Redis key the throttles write starts with this, so a Redis shared
 * with other uses stays tidy: `verdict:throttle:vote:<member id>`.
 */
export const REDIS_KEY_PREFIX = 'verdict:throttle';

let throttles: Throttles | undefined;

/**
 * In memory, which is right for one process; in Redis when REDIS_URL is set,
 * so that several instances behind a load balancer share one budget per
 * member or address instead of each granting a budget of its own.
 */
function current(): Throttles {
  if (!throttles) {
    const url = env().REDIS_URL;
    throttles = createThrottles(url ? { redis: sharedRedis(url), keyPrefix: REDIS_KEY_PREFIX } : undefined);
  }
  return throttles;
}

/** Takes one point; refuses once the budget is spent. */
export async function consume(throttle: Throttle, key: string): Promise<ThrottleResult> {
  return current().consume(throttle, key);
}

/** Refuses without taking a point when the budget is already spent. */
export async function check(throttle: Throttle, key: string): Promise<ThrottleResult> {
  return current().check(throttle, key);
}

export async function reset(throttle: Throttle, key: string) {
  await current().reset(throttle, key);
}

/** Closes the Redis connection, if there is one, so a script can exit. */
export async function closeThrottles() {
  throttles = undefined;
  await closeSharedRedis();
}

export function retryMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1
    ? 'Too many attempts. Please wait a minute and try again.'
    : `Too many attempts. Please wait ${minutes} minutes and try again.`;
}
