/**
 * `npm run seed:large`: the large synthetic dataset (db/seed-large.sql.ts) in
 * the configured database (DATABASE_URL, or the embedded PostgreSQL in
 * .data/), with every badge it has earned. Refuses a database that already
 * has members unless given --reset, which empties Verdict's tables first.
 * Prints each step's time.
 */
import { performance } from 'node:perf_hooks';

import { sql } from 'drizzle-orm';

import { createDatabase } from '../db/index';
import { applyMigrations } from '../db/migrate';
import { seedLargeDataset } from '../db/seed-large';
import { backfillBadges } from '../lib/badges/mutations';
import { searchableText } from '../lib/markdown/search-text';
import { UPVOTE_MILESTONES } from '../lib/votes/mutations';
import { provideDatabase } from './database';
import { runMain } from './run-main';

const reset = process.argv.includes('--reset');
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const database = await provideDatabase();
  const started = performance.now();
  try {
    await applyMigrations(database.url);
    const { db, close } = createDatabase(database.url, { max: 1 });
    try {
      const [row] = await db.execute<{ members: number }>(sql`select count(*)::int as members from users`);
      if ((row?.members ?? 0) > 0) {
        if (!reset) {
          console.error(
            `This database already has ${row!.members} members. Run with --reset to empty it first (npm run seed:large -- --reset).`,
          );
          return 2;
        }
        await db.execute(sql`truncate users, films, people, notifications, user_badges restart identity cascade`);
        console.log('› Emptied the database');
      }
      await seedLargeDataset(db, {
        grantBadges: async (tx) => Object.values(await backfillBadges(tx)).reduce((sum, count) => sum + count, 0),
        searchText: searchableText,
        upvoteMilestones: UPVOTE_MILESTONES,
        onStep: (label, seconds) => console.log(`› ${label.padEnd(62)} ${seconds.toFixed(1)} s`),
      });
      console.log(`✓ Large dataset ready in ${elapsed(started)}`);
      return 0;
    } finally {
      await close();
    }
  } finally {
    await database.stop();
  }
}

runMain(main);
