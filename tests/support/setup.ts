import { afterAll, inject } from 'vitest';

import { closeDatabase } from '@/db';

// Every test file's Drizzle client points at the run's fresh database.
process.env.DATABASE_URL = inject('databaseUrl');

afterAll(async () => {
  await closeDatabase();
});
