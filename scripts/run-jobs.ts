/**
 * `npm run jobs:run [-- digests badge-backfill]`: runs the daily jobs that
 * have not run today (all of them, or those named), against DATABASE_URL or
 * the embedded PostgreSQL, exactly as the runner in every server does: a
 * job another server is running, or one already done today, is left alone.
 * For operators who run no server with the runner, and to see what a day's
 * run does. Links in the digests point at SITE_URL.
 */
import { closeDatabase } from '../db/index';
import { applyMigrations } from '../db/migrate';
import { localAuthSecret, provideDatabase } from './database';

const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const database = await provideDatabase();
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  // Unsubscribe links are signed with the servers' secret; locally that is the generated one.
  if (!process.env.AUTH_SECRET && database.embedded) process.env.AUTH_SECRET = await localAuthSecret();
  const { DAILY_JOBS } = await import('../lib/jobs/daily');
  const { runDailyJob } = await import('../lib/jobs/mutations');
  const unknown = names.filter((name) => !DAILY_JOBS.some((job) => job.name === name));
  if (unknown.length > 0) {
    console.error(`No such job: ${unknown.join(', ')}. The daily jobs are ${DAILY_JOBS.map((job) => job.name).join(', ')}.`);
    process.exitCode = 1;
  } else {
    for (const job of DAILY_JOBS.filter((candidate) => names.length === 0 || names.includes(candidate.name))) {
      const result = await runDailyJob(job);
      const said = {
        ran: `ran: ${JSON.stringify('summary' in result ? result.summary : {})}`,
        done: 'already ran today',
        busy: 'running on another server',
      };
      console.log(`› ${job.name}: ${said[result.outcome]}`);
    }
  }
} finally {
  await closeDatabase();
  await database.stop();
}
