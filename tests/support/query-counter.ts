import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

import { schema } from '@/db';

type Connection = { db: unknown; client: postgres.Sql; close: () => Promise<void> };
const globalForDb = globalThis as typeof globalThis & { verdictDb?: Connection };

/**
 * Runs `work` with the app's Drizzle client swapped for one whose driver
 * counts every statement sent to PostgreSQL (postgres.js's `debug` hook), so
 * a test measures the queries a read really makes, whatever builds them.
 */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const statements: string[] = [];
  const client = postgres(process.env.DATABASE_URL!, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query) => statements.push(query),
  });
  // The driver reads PostgreSQL's array types once per connection; open it
  // first so only the work's own statements are counted.
  await client`select 1`;
  statements.length = 0;
  const previous = globalForDb.verdictDb;
  globalForDb.verdictDb = {
    db: drizzle(client, { schema, casing: 'snake_case' }),
    client,
    close: () => client.end({ timeout: 5 }),
  };
  try {
    const result = await work();
    return { result, queries: statements.length, statements };
  } finally {
    globalForDb.verdictDb = previous;
    await client.end({ timeout: 5 });
  }
}
