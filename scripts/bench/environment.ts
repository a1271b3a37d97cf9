/** Where the figures come from, printed before them and kept in the results. */
import os from 'node:os';

import { sql } from 'drizzle-orm';

import type { Database } from '../../db/index';
import { type DatasetCounts, datasetCounts } from './dataset';
import { buildId } from './production-server';

export interface Environment {
  cpus: number;
  cpuModel: string;
  node: string;
  postgres: string;
  /** The database, without its password. */
  database: string;
  dataset: DatasetCounts;
  buildId: string;
  rateLimits: string;
  poolPerServer: string;
}

/** A database URL fit to print: the password replaced. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export async function readEnvironment(db: Database, databaseUrl: string, redisUrl = process.env.REDIS_URL): Promise<Environment> {
  const [version] = await db.execute<{ server_version: string }>(sql`show server_version`);
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    postgres: version!.server_version,
    database: withoutPassword(databaseUrl),
    dataset: await datasetCounts(db),
    buildId: buildId(),
    rateLimits: redisUrl ? `Redis (${withoutPassword(redisUrl)})` : 'in memory (REDIS_URL unset)',
    poolPerServer: process.env.DATABASE_POOL_MAX ? `${process.env.DATABASE_POOL_MAX} (DATABASE_POOL_MAX)` : '10 (default)',
  };
}

const count = (n: number) => n.toLocaleString('en');

export function printEnvironment(environment: Environment, log = console.log): void {
  const { dataset } = environment;
  log('Environment');
  log(`  CPU          ${environment.cpus} × ${environment.cpuModel}`);
  log(`  Node         ${environment.node}`);
  log(`  PostgreSQL   ${environment.postgres} at ${environment.database}`);
  log(
    `  Dataset      ${count(dataset.members)} members · ${count(dataset.films)} films · ${count(dataset.reviews)} reviews · ` +
      `${count(dataset.reviewUpvotes)} review upvotes · ${count(dataset.comments)} comments · ${count(dataset.commentUpvotes)} comment upvotes`,
  );
  log(`  Build        ${environment.buildId} (.next)`);
  log(`  Rate limits  ${environment.rateLimits}`);
  log(`  DB pool      ${environment.poolPerServer} connections per server`);
}
