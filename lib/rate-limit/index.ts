import 'server-only';

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Throttles for abuse-prone actions. In memory: right for one process; a
 * deployment with several instances moves these to a shared store.
 */
const limiters = {
  /** Failed sign-ins for one email from one address: 10 per 15 minutes. */
  signInFailures: new RateLimiterMemory({ keyPrefix: 'sign-in', points: 10, duration: 15 * 60 }),
  /** New accounts from one address: 10 per hour. */
  signUp: new RateLimiterMemory({ keyPrefix: 'sign-up', points: 10, duration: 60 * 60 }),
  /** New reviews by one member: 10 per hour. Edits are not counted. */
  reviewPublish: new RateLimiterMemory({ keyPrefix: 'review-publish', points: 10, duration: 60 * 60 }),
  /** Upvotes and withdrawn upvotes by one member: 60 per minute, far above any reader's pace. */
  vote: new RateLimiterMemory({ keyPrefix: 'vote', points: 60, duration: 60 }),
  /** Follows and unfollows by one member: 30 per minute. */
  follow: new RateLimiterMemory({ keyPrefix: 'follow', points: 30, duration: 60 }),
  /** New comments and replies by one member: 30 per 10 minutes. Edits are not counted. */
  commentPost: new RateLimiterMemory({ keyPrefix: 'comment-post', points: 30, duration: 10 * 60 }),
} as const;

export type Throttle = keyof typeof limiters;

export type ThrottleResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Takes one point; refuses once the budget is spent. */
export async function consume(throttle: Throttle, key: string): Promise<ThrottleResult> {
  try {
    await limiters[throttle].consume(key);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
}

/** Refuses without taking a point when the budget is already spent. */
export async function check(throttle: Throttle, key: string): Promise<ThrottleResult> {
  const state = await limiters[throttle].get(key);
  if (state && state.consumedPoints >= limiters[throttle].points) {
    return { allowed: false, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) };
  }
  return { allowed: true };
}

export async function reset(throttle: Throttle, key: string) {
  await limiters[throttle].delete(key);
}

export function retryMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1
    ? 'Too many attempts. Please wait a minute and try again.'
    : `Too many attempts. Please wait ${minutes} minutes and try again.`;
}
