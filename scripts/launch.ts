/**
 * `npm run dev` / `npm run build` / `npm start`.
 *
 * Starts the database Verdict needs (the embedded PostgreSQL unless
 * DATABASE_URL is set), applies migrations and seeds demo content on first
 * start, then runs Next.js and stops the database when Next exits. The
 * database is started here, outside Next, because Next runs several processes.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { localAuthSecret, provideDatabase } from './database';
import { migrateDatabase } from './migrate-database';
import { runMain } from './run-main';
import { seedIfEmpty } from './seed-if-empty';

type Mode = 'dev' | 'build' | 'start';
const mode = process.argv[2] as Mode;
const nextArgs = process.argv.slice(3);
if (!['dev', 'build', 'start'].includes(mode)) {
  console.error('usage: tsx scripts/launch.ts dev|build|start [next options]');
  process.exit(2);
}

process.env.NEXT_TELEMETRY_DISABLED = '1';

/**
 * `next build` as Next ships it; `dev` and `start` through Verdict's own
 * HTTP server (scripts/serve.mjs), which knows each socket's address. A
 * child process, because this one runs with the react-server condition.
 */
function runNext(args: string[]): Promise<number> {
  const [command = 'start', ...rest] = args;
  const entry =
    command === 'build'
      ? [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build', ...rest]
      : [fileURLToPath(new URL('./serve.mjs', import.meta.url)), ...(command === 'dev' ? ['--dev'] : []), ...rest];
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: command === 'dev' ? 'development' : 'production' };
  const child = spawn(process.execPath, entry, { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

async function main(): Promise<number> {
  // Building needs no database: every page that reads data renders per request.
  if (mode === 'build') return runNext(['build', ...nextArgs]);

  const database = await provideDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    if (!process.env.AUTH_SECRET) {
      if (mode === 'start' && !database.embedded) {
        console.error('AUTH_SECRET is required in production. Generate one with: openssl rand -base64 32');
        return 1;
      }
      process.env.AUTH_SECRET = await localAuthSecret();
    }
    // With an external database in production, migrating is a deploy step
    // (`npm run db:migrate`); locally it happens on every start.
    if (mode === 'dev' || database.embedded) {
      await migrateDatabase(database.url);
      await seedIfEmpty(database.url);
    }
    return await runNext([mode, ...nextArgs]);
  } finally {
    await database.stop();
  }
}

runMain(main);
