import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

export interface Health {
  status: 'ok' | 'error';
  database: 'ok' | 'unreachable';
  latencyMs: number;
}

/** Liveness plus one round trip to PostgreSQL. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    await db.execute(sql`select 1`);
    return { status: 'ok', database: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'error', database: 'unreachable', latencyMs: Math.round(performance.now() - started) };
  }
}
