/** The PostgreSQL error a statement failed with: its SQLSTATE and constraint name. */
export async function postgresError(promise: Promise<unknown>): Promise<{ code: string; constraint: string | undefined }> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    const { code, constraint_name } = cause as { code?: string; constraint_name?: string };
    if (code) return { code, constraint: constraint_name };
    throw error;
  }
  throw new Error('expected the statement to fail, and it succeeded');
}

export const UNIQUE_VIOLATION = '23505';
export const CHECK_VIOLATION = '23514';
