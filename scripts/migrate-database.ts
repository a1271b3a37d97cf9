import { createDatabase } from '../db/index';
import { applyMigrations } from '../db/migrate';
import { fillDerivedText } from '../lib/reviews/derived-text';

/**
 * Applies the migrations, then fills what a migration cannot compute in SQL:
 * the search text and stored changes that lib/ derives from reviews written
 * before those columns existed (lib/reviews/derived-text.ts). Until then such
 * a review is found by its title only and its history diffs on read, so this
 * belongs wherever migrations run: `npm run db:migrate` and every local start.
 */
export async function migrateDatabase(url: string) {
  await applyMigrations(url);
  const { db, close } = createDatabase(url, { max: 1 });
  try {
    const filled = await fillDerivedText(db);
    if (filled.searchTexts + filled.revisionChanges > 0) {
      console.log(
        `› Filled the search text of ${filled.searchTexts} reviews and the changes of ${filled.revisionChanges} versions`,
      );
    }
  } finally {
    await close();
  }
}
