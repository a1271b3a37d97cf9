import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import postgres from 'postgres';

import { ensureDatabase, startEmbeddedPostgres } from '../../db/embedded';
import { applyMigrations } from '../../db/migrate';

export interface TestDatabase {
  url: string;
  dispose: () => Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one test run. On the server named by
 * TEST_DATABASE_URL or DATABASE_URL when either is set (the database in the
 * URL is only used to connect; a new one is created beside it), otherwise on
 * an embedded PostgreSQL in a temporary directory. `dispose` drops it.
 */
export async function provisionTestDatabase(purpose: string): Promise<TestDatabase> {
  const name = `verdict_${purpose}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

  if (serverUrl) {
    const adminUrl = withDatabase(serverUrl, 'postgres');
    await ensureDatabase(adminUrl, name);
    const url = withDatabase(serverUrl, name);
    await applyMigrations(url);
    return {
      url,
      dispose: async () => {
        const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
        try {
          await sql`drop database if exists ${sql(name)} with (force)`;
        } finally {
          await sql.end({ timeout: 5 });
        }
      },
    };
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'verdict-test-pg-'));
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), database: name, throwaway: true });
  await applyMigrations(cluster.url);
  return {
    url: cluster.url,
    dispose: async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
