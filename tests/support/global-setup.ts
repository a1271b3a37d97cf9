import type { TestProject } from 'vitest/node';

import { provisionTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh database for the whole Vitest run; dropped when it ends. */
export default async function setup(project: TestProject) {
  const database = await provisionTestDatabase('unit');
  project.provide('databaseUrl', database.url);
  return () => database.dispose();
}
