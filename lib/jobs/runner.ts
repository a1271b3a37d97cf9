import 'server-only';

import { DAILY_JOBS } from './daily';
import { runDailyJob } from './mutations';
import type { DailyJob } from './types';

export interface JobRunner {
  stop: () => void;
}

/** How often the runner asks whether a day's jobs are due: a new day is noticed within this. */
const CHECK_MS = 5 * 60 * 1000;
/** The first check waits for the server to finish starting. */
const FIRST_CHECK_MS = 30 * 1000;

const globalForJobs = globalThis as typeof globalThis & { verdictJobRunner?: JobRunner };

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** Runs every job that is due, one after another; a job that fails is logged and tried at the next check. */
export async function runDueJobs(jobs: DailyJob[] = DAILY_JOBS, log: (line: string) => void = console.log) {
  for (const job of jobs) {
    try {
      const result = await runDailyJob(job);
      if (result.outcome === 'ran') log(`[jobs] ${job.name}: ${JSON.stringify(result.summary)}`);
    } catch (error) {
      console.error(`[jobs] ${job.name} failed, trying again later: ${reason(error)}`);
    }
  }
}

/**
 * The daily job runner of this server process: shortly after start, and
 * every five minutes after, it runs whatever has not run today. Every server
 * runs one; runDailyJob makes sure each job runs once a day among them all.
 * Started once from instrumentation.ts (kept on globalThis, so a development
 * reload does not start a second).
 */
export function startJobRunner(): JobRunner {
  if (globalForJobs.verdictJobRunner) return globalForJobs.verdictJobRunner;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    await runDueJobs();
    if (!stopped) timer = setTimeout(tick, CHECK_MS).unref();
  };
  timer = setTimeout(tick, FIRST_CHECK_MS).unref();

  const runner: JobRunner = {
    stop() {
      stopped = true;
      clearTimeout(timer);
      globalForJobs.verdictJobRunner = undefined;
    },
  };
  globalForJobs.verdictJobRunner = runner;
  return runner;
}
