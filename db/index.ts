import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle; mutations that take part in a larger transaction accept one. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or a transaction: read helpers accept both. */
export type Executor = Database | Transaction;

export function createDatabase(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? Number(process.env.DATABASE_POOL_MAX ?? 10),
    // PostgreSQL's notices (e.g. "extension already exists") are not errors.
    onnotice: () => {},
    // PgBouncer in transaction mode hands each transaction whichever server
    // connection is free, where a statement prepared on another one may not
    // exist ("prepared statement does not exist"); DATABASE_PREPARE=false
    // sends every query unprepared.
    prepare: process.env.DATABASE_PREPARE !== 'false',
  });
  const db: Database = drizzle(client, { schema, casing: 'snake_case' });
  return { db, client, close: () => client.end({ timeout: 5 }) };
}

type Connection = ReturnType<typeof createDatabase>;
const globalForDb = globalThis as typeof globalThis & { verdictDb?: Connection };

function connection(): Connection {
  // One pool per process. Kept on globalThis so Next's dev reloads reuse it
  // instead of opening a new pool on every edit.
  if (!globalForDb.verdictDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set. Start Verdict with `npm run dev` or `npm start`, which provide a database.');
    }
    globalForDb.verdictDb = createDatabase(url);
  }
  return globalForDb.verdictDb;
}

/**
 * The one Drizzle client. It connects on first use, not on import, so
 * `next build` and modules that are only type-checked never need a database.
 */
export const db: Database = new Proxy({} as Database, {
  // Libraries that check `instanceof PgDatabase` (Auth.js's adapter) see the real client.
  getPrototypeOf: () => Object.getPrototypeOf(connection().db),
  get(_target, property) {
    const target = connection().db;
    const value = Reflect.get(target, property, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});

/** Closes the pool; scripts call it so the process can exit. */
export async function closeDatabase() {
  const open = globalForDb.verdictDb;
  globalForDb.verdictDb = undefined;
  await open?.close();
}

export { schema };
