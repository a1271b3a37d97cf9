import 'server-only';

import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

import type { RedisConnection } from './redis';
import { type Throttle, type ThrottleResult, THROTTLES } from './throttles';

export interface Throttles {
  /** Takes one point; refuses once the budget is spent. */
  consume(throttle: Throttle, key: string): Promise<ThrottleResult>;
  /** Refuses without taking a point when the budget is already spent. */
  check(throttle: Throttle, key: string): Promise<ThrottleResult>;
  /** Gives back one point taken by `consume`, for an attempt that did not count against the key. */
  refund(throttle: Throttle, key: string): Promise<void>;
  /** Gives the key its whole budget back. */
  reset(throttle: Throttle, key: string): Promise<void>;
}

/** A Redis every instance counts in, and the prefix that keeps these keys apart from anything else in it. */
export interface SharedStore {
  redis: RedisConnection;
  keyPrefix: string;
}

type Budget = (typeof THROTTLES)[Throttle];

function limiterFor(budget: Budget, shared: SharedStore | undefined): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: budget.name, points: budget.points, duration: budget.duration });
  if (!shared) return memory;
  return new RateLimiterRedis({
    storeClient: shared.redis.client,
    keyPrefix: `${shared.keyPrefix}:${budget.name}`,
    points: budget.points,
    duration: budget.duration,
    // When Redis fails or is too slow to answer, this instance counts in its
    // own memory until Redis answers again. Each of N instances then allows
    // the whole budget, so an outage loosens a limit N-fold but never lifts
    // it. The alternatives are worse: refusing would stop every vote and
    // sign-in because a counter is missing; throwing would show those members
    // a server error; allowing everything would leave sign-in guessing
    // unthrottled for as long as Redis is down, and whoever can slow Redis
    // down could switch the limits off. Points counted in memory are not
    // copied back, so a budget may restart when Redis returns.
    insuranceLimiter: memory,
  });
}

function refused(msBeforeNext: number): ThrottleResult {
  return { allowed: false, retryAfterSeconds: Math.ceil(msBeforeNext / 1000) };
}

/**
 * Every throttle, counted in this process's memory or, given a shared store,
 * in Redis, where instances built the same way share one budget per key.
 */
export function createThrottles(shared?: SharedStore): Throttles {
  const limiters = Object.fromEntries(
    Object.entries(THROTTLES).map(([throttle, budget]) => [throttle, limiterFor(budget, shared)]),
  ) as Record<Throttle, RateLimiterAbstract>;
  const ready = shared?.redis.ready ?? Promise.resolve();

  return {
    async consume(throttle, key) {
      await ready;
      try {
        await limiters[throttle].consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return refused(rejection.msBeforeNext);
        throw rejection;
      }
    },
    async check(throttle, key) {
      await ready;
      const state = await limiters[throttle].get(key);
      if (state && state.consumedPoints >= limiters[throttle].points) return refused(state.msBeforeNext);
      return { allowed: true };
    },
    async refund(throttle, key) {
      await ready;
      await limiters[throttle].reward(key, 1);
    },
    async reset(throttle, key) {
      await ready;
      await limiters[throttle].delete(key);
    },
  };
}
