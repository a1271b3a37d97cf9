import { sql } from 'drizzle-orm';

import { createDatabase } from '../db/index';
import { seedDemo } from './seed-demo';

/** Seeds the demo content when the database has no films yet (a first start). */
export async function seedIfEmpty(url: string) {
  const { db, close } = createDatabase(url, { max: 2 });
  try {
    const [row] = await db.execute<{ empty: boolean }>(sql`select not exists (select 1 from films) as empty`);
    if (!row?.empty) return;
    console.log('› First start: seeding demo content');
    const summary = await seedDemo(db);
    console.log(
      `› Seeded ${summary.films} films, ${summary.users} members, ${summary.reviews} reviews, ${summary.comments} comments, ${summary.badges} badges`,
    );
  } finally {
    await close();
  }
}
