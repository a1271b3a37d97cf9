/**
 * `npm run bench:votes`: upvotes per second on one hot review, through the
 * same mutation the Upvote button calls, with N members pressing at once;
 * then the consistency check (counter = vote rows, hot score = formula).
 *
 * A benchmark, not a test: it prints figures. Runs on a fresh database on the
 * server in TEST_DATABASE_URL or DATABASE_URL, else on an embedded PostgreSQL.
 * Options: --clients=N (default 50), --seconds=S (default 10).
 */
import { performance } from 'node:perf_hooks';

import { runMain } from './run-main';

const option = (name: string, fallback: number) => {
  const value = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  return value ? Number(value) : fallback;
};
const CLIENTS = option('clients', 50);
const SECONDS = option('seconds', 10);

// The pool the app would have per process, but never fewer connections than a fair share of the clients.
process.env.DATABASE_POOL_MAX ??= String(Math.min(CLIENTS, 20));

async function main(): Promise<number> {
  const { sql } = await import('drizzle-orm');
  const { provisionTestDatabase } = await import('../tests/support/test-database');
  const database = await provisionTestDatabase('bench');
  process.env.DATABASE_URL = database.url;
  const { db, closeDatabase } = await import('../db/index');
  const { setUpvote } = await import('../lib/votes/mutations');

  try {
    const [author] = await db.execute<{ id: string }>(sql`
      insert into users (handle, display_name, email) values ('bench-author', 'Bench author', 'bench-author@example.com') returning id`);
    const [film] = await db.execute<{ id: number }>(sql`
      insert into films (slug, title, year, country, language) values ('bench-film', 'Bench film', 2013, 'KR', 'ko') returning id`);
    const [review] = await db.execute<{ id: number }>(sql`
      insert into reviews (film_id, author_id, title, body, rating) values (${film!.id}, ${author!.id}, 'Hot review', 'Body', 8) returning id`);
    const voters = await db.execute<{ id: string }>(sql`
      insert into users (handle, display_name, email)
      select 'bench-' || n, 'Bench ' || n, 'bench-' || n || '@example.com' from generate_series(1, ${CLIENTS}) n
      returning id`);

    console.log(`› ${CLIENTS} members pressing Upvote on one review for ${SECONDS} s (pool of ${process.env.DATABASE_POOL_MAX})`);
    const latencies: number[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    await Promise.all(
      voters.map(async (voter) => {
        let upvoted = false;
        while (performance.now() < deadline) {
          upvoted = !upvoted;
          const started = performance.now();
          const outcome = await setUpvote({ actor: voter, target: 'review', targetId: review!.id, upvoted });
          latencies.push(performance.now() - started);
          if (!outcome.ok) throw new Error(`vote refused: ${outcome.reason}`);
        }
      }),
    );

    latencies.sort((a, b) => a - b);
    const at = (quantile: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))]!.toFixed(1);
    const [check] = await db.execute<{ stored: number; actual: number; hot_ok: boolean }>(sql`
      select upvote_count as stored,
             (select count(*) from review_votes where review_id = id)::int as actual,
             hot_score = log(greatest(upvote_count, 1)::float8) + (extract(epoch from created_at)::float8 - 1704067200) / 45000 as hot_ok
        from reviews where id = ${review!.id}`);
    const consistent = check!.stored === check!.actual && check!.hot_ok;

    console.log(`  votes            ${latencies.length}`);
    console.log(`  upvotes/second   ${(latencies.length / SECONDS).toFixed(0)}`);
    console.log(`  latency ms       p50 ${at(0.5)}  p95 ${at(0.95)}  p99 ${at(0.99)}`);
    console.log(
      `  counter          ${check!.stored} stored, ${check!.actual} vote rows, hot score ${check!.hot_ok ? 'equal to' : 'NOT equal to'} the formula`,
    );
    console.log(consistent ? '✓ consistent' : '✗ INCONSISTENT');
    return consistent ? 0 : 1;
  } finally {
    await closeDatabase();
    await database.dispose();
  }
}

runMain(main);
