/**
 * `npm run badges:backfill`: grants every badge the data has earned, against
 * DATABASE_URL or the embedded PostgreSQL. Safe to run any time (a daily run
 * is what awards anniversaries); it agrees with the live grants by
 * construction and a test proves it.
 */
import { createDatabase } from '../db/index';
import { applyMigrations } from '../db/migrate';
import { provideDatabase } from './database';

const database = await provideDatabase();
try {
  await applyMigrations(database.url);
  const { backfillBadges } = await import('../lib/badges/mutations');
  const { db, close } = createDatabase(database.url, { max: 2 });
  try {
    const added = await db.transaction((tx) => backfillBadges(tx));
    const total = Object.values(added).reduce((sum, count) => sum + count, 0);
    console.log(`› Badges backfilled: ${total} new grants`);
    for (const [key, count] of Object.entries(added)) console.log(`  ${key.padEnd(20)} ${count}`);
  } finally {
    await close();
  }
} finally {
  await database.stop();
}
