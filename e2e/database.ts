import postgres from 'postgres';

/**
 * Direct access to the database the test server uses, for what no page
 * can do yet (a moderator's ban, say). Tests still act through the browser.
 */
export async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
