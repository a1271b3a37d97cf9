import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Database } from '@/db';

import type { DailyJob, DailyJobOutcome } from './types';

/** The first key of every job's advisory lock ("vj"), so the locks cannot meet another use of advisory locks. */
const JOB_LOCK_SPACE = 0x766a;

/**
 * Runs a job if it has not run today (the database's UTC date), at most once
 * across every server sharing the database. Two things decide it, both in
 * the job's own transaction: a transaction-scoped advisory lock, so a second
 * server does not wait for the first but moves on; and the (job, day) row in
 * job_runs, so a server that starts after the work committed, or restarts
 * the same day, finds it done. A job that fails rolls back whole, its row
 * included, and is tried again at the next check.
 */
export async function runDailyJob(job: DailyJob, database: Database = db): Promise<DailyJobOutcome> {
  return database.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${JOB_LOCK_SPACE}, hashtext(${job.name})) as locked`,
    );
    if (!lock?.locked) return { outcome: 'busy' };
    const [started] = await tx.execute<{ ran_on: string }>(sql`
      insert into job_runs (job, ran_on) values (${job.name}, (now() at time zone 'utc')::date)
      on conflict do nothing
      returning ran_on::text`);
    if (!started) return { outcome: 'done' };

    const summary = await job.run(tx);
    await tx.execute(sql`
      update job_runs set finished_at = clock_timestamp(), summary = ${JSON.stringify(summary)}::jsonb
       where job = ${job.name} and ran_on = ${started.ran_on}::date`);
    return { outcome: 'ran', summary };
  });
}
