/** PostgreSQL's SQLSTATE for a transaction chosen as a deadlock's victim. */
const DEADLOCK_DETECTED = '40P01';

function sqlStateOf(error: unknown): string | undefined {
  const failure = error as { code?: string; cause?: { code?: string } } | null;
  return failure?.code ?? failure?.cause?.code;
}

/**
 * Runs a whole transaction again when PostgreSQL picked it as a deadlock's
 * victim: the victim is rolled back entirely, so running it again is safe,
 * and it is what PostgreSQL's documentation advises. The lock order in
 * db/counters.ts makes these rare; this keeps the rare one from reaching a
 * member as an error. Only for a top-level transaction (`db.transaction`):
 * inside another, the deadlock has already aborted the outer one.
 */
export async function retryOnDeadlock<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || sqlStateOf(error) !== DEADLOCK_DETECTED) throw error;
    }
  }
}
