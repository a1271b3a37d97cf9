/**
 * How the worker retries: five seconds after the first failure, doubling to
 * at most half an hour between tries, for about two days of a down server,
 * then the message is marked failed. Pure, so the schedule is tested as a table.
 */
export const FIRST_RETRY_SECONDS = 5;
export const LONGEST_RETRY_SECONDS = 30 * 60;
export const MAX_ATTEMPTS = 100;

/** Seconds to wait after the `attempts`-th failed try (1 for the first). */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_SECONDS);
}

/**
 * Whether trying again cannot help: the relay refused the recipient itself
 * (a 5xx answer to RCPT TO). A refused login or a closed port is a setting
 * that someone will fix, so those wait and retry like a down server.
 */
export function isPermanentFailure(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
