/**
 * `npm run db:migrate` and `npm run db:seed`: against DATABASE_URL when it is
 * set, otherwise against the embedded PostgreSQL in .data/.
 */
import { createDatabase } from '../db/index';
import { provideDatabase } from './database';
import { migrateDatabase } from './migrate-database';
import { seedDemo } from './seed-demo';

const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: tsx scripts/db.ts migrate|seed');
  process.exit(2);
}

const database = await provideDatabase();
try {
  await migrateDatabase(database.url);
  console.log('› Migrations applied');
  if (command === 'seed') {
    const { db, close } = createDatabase(database.url, { max: 2 });
    try {
      const summary = await seedDemo(db);
      console.log(
        '› Seeded:',
        Object.entries(summary)
          .map(([table, count]) => `${table} ${count}`)
          .join(', '),
      );
    } finally {
      await close();
    }
  }
} finally {
  await database.stop();
}
