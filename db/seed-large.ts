import { performance } from 'node:perf_hooks';

import { sql } from 'drizzle-orm';

import type { Database, Transaction } from './index';
import type { SeedStep } from './bulk-load.sql';
import { LARGE_SEED, largeSeedFinish, largeSeedLoad, type LargeSeedSize } from './seed-large.sql';

export interface LargeSeedOptions {
  size?: LargeSeedSize;
  /**
   * Grants every badge the data has earned and says how many: the badge
   * backfill, which lives in lib/ and so is handed in. It runs after the load
   * and before the indexes come back, so its grants skip index upkeep too.
   */
  grantBadges: (tx: Transaction) => Promise<number>;
  /** A review body's search text (lib/markdown/search-text.ts), handed in for the same reason; written with each review. */
  searchText: (body: string) => string;
  /** The review upvote counts that send a milestone notice (lib/votes/mutations.ts), handed in likewise. */
  upvoteMilestones: readonly number[];
  /** Hears each step's label and duration as it ends. */
  onStep?: (label: string, seconds: number) => void;
}

/**
 * Loads the large dataset (db/seed-large.sql.ts) into an empty database, in
 * one transaction: the secondary indexes and foreign keys it sets aside come
 * back in the same transaction, so a failure at any step leaves the schema
 * and the data as they were.
 */
export async function seedLargeDataset(
  db: Database,
  { size = LARGE_SEED, grantBadges, searchText, upvoteMilestones, onStep = () => {} }: LargeSeedOptions,
) {
  await db.transaction(async (tx) => {
    const timed = async <T>(work: () => Promise<T>, label: (result: T) => string) => {
      const at = performance.now();
      const result = await work();
      onStep(label(result), (performance.now() - at) / 1000);
    };
    for (const step of largeSeedLoad(size, searchText, upvoteMilestones))
      await timed(
        () => runStep(tx, step),
        () => step.label,
      );
    await timed(
      () => grantBadges(tx),
      (granted) => `badges (${granted.toLocaleString('en')} granted by the backfill)`,
    );
    for (const step of largeSeedFinish())
      await timed(
        () => runStep(tx, step),
        () => step.label,
      );
  });
}

async function runStep(tx: Transaction, step: SeedStep) {
  for (const statement of step.statements) await tx.execute(sql.raw(statement));
}
