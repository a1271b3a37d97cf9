import type { Transaction } from '@/db';

/** Work done once a day, in one transaction, on whichever server gets to it first. */
export interface DailyJob {
  name: string;
  /** Does the day's work in the job's transaction and says what it did, for the log and job_runs. */
  run(tx: Transaction): Promise<Record<string, unknown>>;
}

/** `ran`: this call did the day's work; `done`: it was already done today; `busy`: another server is doing it now. */
export type DailyJobOutcome = { outcome: 'ran'; summary: Record<string, unknown> } | { outcome: 'done' | 'busy' };
