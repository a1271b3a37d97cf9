import type { Database } from '../db/index';
import { seed } from '../db/seed/index';
import { backfillBadges } from '../lib/badges/mutations';
import { hashPassword } from '../lib/auth/password';
import { searchableText } from '../lib/markdown/search-text';

/**
 * The demo content, with the badges it has earned. The seed writes rows
 * directly rather than through the mutations that grant badges live, so the
 * backfill (which agrees with them) grants them afterwards.
 */
export async function seedDemo(db: Database) {
  const summary = await seed(db, { searchText: searchableText, hashPassword });
  const badges = await db.transaction((tx) => backfillBadges(tx));
  return { ...summary, badges: Object.values(badges).reduce((sum, count) => sum + count, 0) };
}
