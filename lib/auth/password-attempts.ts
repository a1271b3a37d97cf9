import 'server-only';

import { CredentialsSignin } from 'next-auth';

import { check, consume, refund } from '@/lib/rate-limit';

/**
 * Thrown from the Credentials provider when a budget is spent. Auth.js
 * passes it to `signIn()` callers as it is, and puts its code in the
 * redirect of its own endpoint (`/signin?error=CredentialsSignin&code=throttled`),
 * so every door explains the wait the same way.
 */
export class SignInThrottled extends CredentialsSignin {
  override code = 'throttled';
}

export interface PasswordAttempt {
  /** The email as typed, lower-cased: an address with no account is limited exactly like one with. */
  email: string;
  /** The client's address, read as TRUSTED_PROXY_HOPS says. */
  address: string;
}

/**
 * Runs one password check under both budgets: per account (from anywhere)
 * and per address (on any account). This is the only place a password is
 * compared, so the form, Auth.js's own callback endpoint and sign-up's
 * "already have an account" path all spend the same budgets.
 *
 * A point is taken from each before the password is checked, so a burst of
 * parallel guesses cannot all pass a check made before any of them
 * counted; a right password gives its points back. Once a budget is spent
 * nothing is compared at all, so the right password waits too.
 */
export async function withPasswordBudget<T>(attempt: PasswordAttempt, verify: () => Promise<T | null>): Promise<T | null> {
  const account = await consume('signInAccount', attempt.email);
  if (!account.allowed) throw new SignInThrottled();
  const address = await consume('signInAddress', attempt.address);
  if (!address.allowed) {
    // Refused before the password was looked at: not the account's attempt.
    await refund('signInAccount', attempt.email);
    throw new SignInThrottled();
  }
  const result = await verify();
  if (result !== null) {
    await refund('signInAccount', attempt.email);
    await refund('signInAddress', attempt.address);
  }
  return result;
}

/** How long until both budgets allow another attempt, for the sign-in form's message. */
export async function secondsUntilNextAttempt(attempt: PasswordAttempt): Promise<number> {
  const waits = await Promise.all([check('signInAccount', attempt.email), check('signInAddress', attempt.address)]);
  return Math.max(60, ...waits.map((wait) => (wait.allowed ? 0 : wait.retryAfterSeconds)));
}
