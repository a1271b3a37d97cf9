import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { startEmbeddedPostgres } from '../db/embedded';

/** Local state lives here (git-ignored): the embedded cluster and the dev secret. */
export const DATA_DIR = path.resolve(process.env.VERDICT_DATA_DIR ?? '.data');

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/**
 * The database the app should use: `DATABASE_URL` when it is set, otherwise
 * an embedded PostgreSQL under `.data/postgres`, started now and stopped by `stop()`.
 */
export async function provideDatabase(log: (line: string) => void = console.log): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };

  const dir = path.join(DATA_DIR, 'postgres');
  log(`› No DATABASE_URL: starting the embedded PostgreSQL in ${path.relative(process.cwd(), dir) || dir}`);
  const pg = await startEmbeddedPostgres({ dir, database: 'verdict' });
  log(`› Embedded PostgreSQL is listening on ${new URL(pg.url).port}`);
  return { url: pg.url, embedded: true, stop: pg.stop };
}

/**
 * A random secret kept in `.data/auth-secret`, so local sessions survive a
 * restart. Only used when AUTH_SECRET is not set and the database is local.
 */
export async function localAuthSecret(): Promise<string> {
  const file = path.join(DATA_DIR, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
