/**
 * `npm run bench`: the production build on the large dataset, measured.
 *
 * Builds if the build is older than the code, then starts `next start`
 * twice, one after the other, against the configured database (DATABASE_URL,
 * else the embedded PostgreSQL), which must hold `npm run seed:large`:
 *   1. through a counting proxy (scripts/bench/query-counter.ts): SQL round
 *      trips per request, one request at a time, and each page's JavaScript;
 *   2. directly, for the load: requests/s at 10 connections and latency at 1
 *      and 10, after a warm-up, for two baselines of the same build and the
 *      product's pages; then upvotes/s through the real server action, and
 *      the consistency check of every counter the votes moved.
 * Prints a table and the targets, and writes bench-results/bench.json.
 * Exits 0 when it ran (targets are reported, not enforced), 1 when it could
 * not run or the counters are wrong, 2 without the large dataset.
 *
 * Options: --seconds=S measured per run (10), --warmup=W before each (3),
 * --port=P for the load server (3500; the counting server uses P+1).
 */
import { randomBytes } from 'node:crypto';

import { createDatabase, type Database } from '../db/index';
import { THROTTLES } from '../lib/rate-limit/throttles';
import { checkVoteConsistency, readVoteCounters, upvotedMemberIds } from './bench/consistency';
import { assertLargeDataset, benchPages, DatasetMissing, hotReview, type HotReview } from './bench/dataset';
import { printEnvironment, readEnvironment } from './bench/environment';
import { pageJavaScript, type PageJavaScript, type ScriptSizes } from './bench/javascript';
import { measureRoute } from './bench/load';
import { benchMember } from './bench/members';
import { numberOption } from './bench/options';
import { ensureProductionBuild, startProductionServer } from './bench/production-server';
import { startQueryCounter } from './bench/query-counter';
import { abbreviate, type Check, mark, ms, percent, perSecond, printChecks, printRouteTable, writeResults } from './bench/report';
import { countRoundTrips, fetchPage, openPool, type RoundTrips } from './bench/round-trips';
import { type BenchRoute, benchRoutes, resultOf, type RouteResult, shareOfLayout } from './bench/routes';
import { checkTargets } from './bench/targets';
import { assertSignedIn, sessionCookie, type SessionMember } from './bench/sessions';
import { createVoterPool } from './bench/voter-pool';
import { measureVotes, type VoteFigures } from './bench/vote-load';
import { benchVoters, upvoteClientFor, verifyVotePath, VOTES_PER_VOTER, votersNeeded } from './bench/voting';
import { provideDatabase } from './database';
import { runMain } from './run-main';

const SECONDS = numberOption('seconds', 10);
const WARMUP = numberOption('warmup', 3);
const PORT = numberOption('port', 3500);
const CONNECTIONS = 10;
const ROUND_TRIP_REPEATS = 5;
const log = console.log;

/** What both phases share: the routes, the review everyone upvotes, a signed-in reader, the servers' secret. */
interface Plan {
  routes: BenchRoute[];
  hot: HotReview;
  reader: SessionMember;
  readerCookie: string;
  authSecret: string;
}

interface Counted {
  roundTrips: Record<string, RoundTrips>;
  javascript: Record<string, PageJavaScript>;
  vote: RoundTrips;
}

/** Phase 1: a server that talks to PostgreSQL through the query counter, one request at a time. */
async function countPhase(db: Database, databaseUrl: string, plan: Plan): Promise<Counted> {
  log(`\n› SQL round trips and JavaScript: a server on port ${PORT + 1} behind the query counter`);
  const counter = await startQueryCounter(databaseUrl);
  const server = await startProductionServer({ port: PORT + 1, databaseUrl: counter.url, env: { AUTH_SECRET: plan.authSecret } });
  try {
    const review = plan.routes.find((route) => route.key === 'review')!;
    await assertSignedIn(`${server.origin}${review.path}`, plan.readerCookie);
    log(`  ✓ a minted session cookie signs ${plan.reader.handle} in (the page offers "Sign out")`);
    await openPool(`${server.origin}${review.path}`, {}, CONNECTIONS);

    const roundTrips: Record<string, RoundTrips> = {};
    const javascript: Record<string, PageJavaScript> = {};
    const sizes: ScriptSizes = new Map();
    for (const route of plan.routes) {
      const url = `${server.origin}${route.path}`;
      roundTrips[route.key] = await countRoundTrips(counter, ROUND_TRIP_REPEATS, () =>
        fetchPage(url, route.headers, route.status).then(() => {}),
      );
      if (route.key !== 'health')
        javascript[route.key] = await pageJavaScript(server.origin, await fetchPage(url, route.headers, route.status), sizes);
    }

    // The vote's own round trips: the reader upvotes and withdraws in turn, and ends as it began (an even number of votes).
    const client = await upvoteClientFor(server.origin, plan.hot.id, plan.readerCookie);
    let upvoted = (await upvotedMemberIds(db, plan.hot.id, [plan.reader.id])).has(plan.reader.id);
    const vote = await countRoundTrips(counter, ROUND_TRIP_REPEATS + 1, async () => {
      upvoted = !upvoted;
      const answer = await client.cast(upvoted, plan.readerCookie);
      if (!answer.ok) throw new Error(`The reader's vote was refused: ${answer.message}`);
    });
    if (counter.unreadable() > 0)
      throw new Error(`${counter.unreadable()} database connections could not be read by the query counter`);
    return { roundTrips, javascript, vote };
  } finally {
    await server.stop();
    await counter.close();
  }
}

interface Votes {
  review: HotReview;
  voters: number;
  mostVotesByOneVoter: number;
  verified: string;
  figures: VoteFigures;
  consistency: Check[];
}

/** Phase 2: a server with nothing in between, under load. */
async function loadPhase(
  db: Database,
  databaseUrl: string,
  plan: Plan,
  counted: Counted,
): Promise<{ results: RouteResult[]; votes: Votes }> {
  log(`\n› Load: a server on port ${PORT}; each run ${WARMUP} s of warm-up, then ${SECONDS} s measured`);
  const server = await startProductionServer({ port: PORT, databaseUrl, env: { AUTH_SECRET: plan.authSecret } });
  try {
    const results: RouteResult[] = [];
    for (const route of plan.routes) {
      const load = (connections: number) =>
        measureRoute({
          url: `${server.origin}${route.path}`,
          headers: route.headers,
          accepted: (status) => status === route.status,
          connections,
          seconds: SECONDS,
          warmupSeconds: WARMUP,
        });
      const at10 = await load(CONNECTIONS);
      const at1 = await load(1);
      results.push({ route, at10, at1, roundTrips: counted.roundTrips[route.key]!, javascript: counted.javascript[route.key] });
      log(
        `  ${route.label.padEnd(30)} ${perSecond(at10.requestsPerSecond).padStart(6)} req/s   p95 ${ms(at1.latencyMs.p95)} ms @1, ${ms(at10.latencyMs.p95)} ms @10`,
      );
    }

    // Voters enough that none comes near the vote budget even at /api/health's pace.
    const count = votersNeeded(resultOf(results, 'health').at10.requestsPerSecond, WARMUP + SECONDS + 2);
    log(`\n› Upvotes on review ${plan.hot.id} (top of Trending), ${CONNECTIONS} connections, ${count} bench voters`);
    const voters = await benchVoters(db, 'voter', count, plan.authSecret, plan.hot.id);
    const client = await upvoteClientFor(server.origin, plan.hot.id, voters[0]!.cookie);
    const verified = await verifyVotePath(db, client, voters[0]!);
    log(`  ✓ the vote path answers as the browser reads it: ${verified}`);

    const pool = createVoterPool(voters);
    const before = await readVoteCounters(db, plan.hot.id);
    const figures = await measureVotes({
      clients: [client],
      connections: CONNECTIONS,
      warmupSeconds: WARMUP,
      seconds: SECONDS,
      pool,
    });
    const unanswered = pool.unanswered();
    if (unanswered.length > 0)
      pool.resolve(
        await upvotedMemberIds(
          db,
          plan.hot.id,
          unanswered.map((voter) => voter.member.id),
        ),
      );
    const consistency = await checkVoteConsistency(db, plan.hot.id, before, pool);
    const mostVotesByOneVoter = Math.max(...voters.map((voter) => voter.votes));
    return { results, votes: { review: plan.hot, voters: count, mostVotesByOneVoter, verified, figures, consistency } };
  } finally {
    await server.stop();
  }
}

function printVotes(votes: Votes, healthPerSecond: number) {
  const { figures } = votes;
  const { p50, p95, p99 } = figures.load.latencyMs;
  log(`\nUpvotes through upvoteReviewAction on review ${votes.review.id} ("${votes.review.title}"), the top of Trending`);
  log(
    `  votes/s       ${perSecond(figures.votesPerSecond)} at ${CONNECTIONS} connections (${percent(figures.votesPerSecond / healthPerSecond)} of /api/health)`,
  );
  log(`  latency       p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)} ms`);
  log(`  votes         ${figures.accepted} accepted in ${figures.load.seconds.toFixed(1)} s; ${figures.errors} errors`);
  for (const [message, n] of Object.entries(figures.rejections)) log(`                ${n} × ${message}`);
  log(
    `  voters        ${votes.voters}, at most ${votes.mostVotesByOneVoter} votes each (planned ≤ ${VOTES_PER_VOTER}; the limit is ${THROTTLES.vote.points} a minute)`,
  );
}

function printStatements(results: RouteResult[], vote: RoundTrips) {
  log(
    "\nSQL round trips per request (Sync and simple Query messages the server sent PostgreSQL), with one request's statements and their time",
  );
  const rows: [string, RoundTrips][] = [
    ...results.map((result): [string, RoundTrips] => [result.route.label, result.roundTrips]),
    ['upvote (the server action)', vote],
  ];
  for (const [label, trips] of rows) {
    log(
      `  ${label}: ${trips.perRequest}${trips.connectionsOpened ? ` (${trips.connectionsOpened} connections opened while counting)` : ''}`,
    );
    for (const { sql, ms: took } of trips.statements) log(`    ${ms(took ?? Number.NaN).padStart(7)} ms  ${abbreviate(sql)}`);
  }
}

async function main(): Promise<number> {
  const database = await provideDatabase();
  const { db, close } = createDatabase(database.url, { max: 2 });
  try {
    await assertLargeDataset(db);
    await ensureProductionBuild();
    const environment = await readEnvironment(db, database.url);
    printEnvironment(environment);

    const pages = await benchPages(db);
    const hot = await hotReview(db, pages.thread.id);
    const reader = await benchMember(db, 'reader');
    const authSecret = randomBytes(32).toString('base64url');
    const readerCookie = await sessionCookie(reader, authSecret);
    const plan: Plan = { routes: benchRoutes(pages, readerCookie), hot, reader, readerCookie, authSecret };
    log(
      `\nMeasured: film ${pages.film.slug}, review ${pages.thread.id}, profile ${pages.profile.handle}, signed in as ${reader.handle}`,
    );
    log(
      `Upvoted: review ${hot.id}, on top of Trending: where a crowd's votes land (review ${pages.thread.id} is measured as a page instead)`,
    );

    const counted = await countPhase(db, database.url, plan);
    const { results, votes } = await loadPhase(db, database.url, plan, counted);
    const health = resultOf(results, 'health').at10.requestsPerSecond;
    const countersExact = votes.consistency.every((check) => check.ok);

    log('');
    printRouteTable(results);
    log("  Requests carry no Accept-Encoding, so every route is measured uncompressed; JS gzip is each page's scripts, gzipped.");
    printVotes(votes, health);
    printStatements(results, counted.vote);
    log('');
    printChecks('Consistency after the votes', votes.consistency);
    const goals = checkTargets(results, votes.figures.votesPerSecond, countersExact);
    log('');
    printChecks('Targets', goals);

    const file = await writeResults('bench.json', {
      at: new Date().toISOString(),
      options: { seconds: SECONDS, warmupSeconds: WARMUP, connections: CONNECTIONS, roundTripRepeats: ROUND_TRIP_REPEATS },
      environment,
      routes: results.map((result) => ({
        ...result,
        route: { ...result.route, headers: Object.keys(result.route.headers) },
        shareOfLayout: shareOfLayout(results, result),
      })),
      votes: { ...votes, shareOfHealth: votes.figures.votesPerSecond / health, sqlRoundTrips: counted.vote },
      targets: goals,
    });
    log(`\nResults: ${file}`);
    log(`${mark(countersExact)} ${countersExact ? 'Benchmark complete' : 'Benchmark complete, but the counters are WRONG'}`);
    return countersExact ? 0 : 1;
  } finally {
    await close();
    await database.stop();
  }
}

runMain(main, (error) => {
  if (!(error instanceof DatasetMissing)) return undefined;
  console.error(error.message);
  return 2;
});
