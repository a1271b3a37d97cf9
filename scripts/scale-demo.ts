/**
 * `npm run scale:demo`: two production servers of one build, one
 * PostgreSQL (the configured one: DATABASE_URL, else the embedded
 * PostgreSQL) and one Redis (REDIS_URL, default redis://127.0.0.1:6379),
 * as behind a load balancer. Shows, whatever the code does today:
 *   1. votes through both servers at once on one review keep every counter
 *      exact (the benchmark's consistency check);
 *   2. the vote rate limit is one budget across the servers: one member
 *      votes on A and B in turn until refused, and the refusal must come
 *      after 60 votes in all, not 60 per server.
 * Prints ✓/✗ for each and exits 1 on any ✗.
 *
 * Options: --seconds=S of votes in part 1 (10), --port=P for server A
 * (3520; B uses P+1).
 */
import { randomBytes } from 'node:crypto';

import type { Redis } from 'ioredis';

import { createDatabase, type Database } from '../db/index';
import { THROTTLES } from '../lib/rate-limit/throttles';
import { checkVoteConsistency, readVoteCounters, upvotedMemberIds } from './bench/consistency';
import { hotReview, type HotReview } from './bench/dataset';
import { printEnvironment, readEnvironment, withoutPassword } from './bench/environment';
import { benchMember } from './bench/members';
import { numberOption } from './bench/options';
import { ensureProductionBuild, type ProductionServer, startProductionServer } from './bench/production-server';
import { probeVoteLimit } from './bench/rate-limit-probe';
import { connectRedis, DEFAULT_REDIS_URL, waitForFreshBudget } from './bench/redis';
import { type Check, mark, perSecond, printChecks } from './bench/report';
import { sessionCookie } from './bench/sessions';
import { createVoterPool, type Voter, type VoterPool } from './bench/voter-pool';
import { measureVotes } from './bench/vote-load';
import { benchVoters, upvoteClientFor, votersNeeded } from './bench/voting';
import type { VoteClient } from './bench/vote-client';
import { provideDatabase } from './database';
import { runMain } from './run-main';

const SECONDS = numberOption('seconds', 10);
const PORT = numberOption('port', 3520);
const CONNECTIONS = 10;
/** Two servers on one machine answer far fewer votes than this; the voter pool is sized for it. */
const VOTES_PER_SECOND_CEILING = 2_000;
const VOTE_BUDGET = THROTTLES.vote;
const log = console.log;

const serverName = (servers: ProductionServer[], origin: string) => (origin === servers[0]!.origin ? 'A' : 'B');

async function settleUnanswered(db: Database, reviewId: number, pool: VoterPool) {
  const unanswered = pool.unanswered();
  if (unanswered.length > 0)
    pool.resolve(
      await upvotedMemberIds(
        db,
        reviewId,
        unanswered.map((voter) => voter.member.id),
      ),
    );
}

/** Part 1: both servers take votes at once; the counters must come out exact. */
async function votesThroughBoth(
  db: Database,
  review: HotReview,
  servers: ProductionServer[],
  clients: VoteClient[],
  voters: Voter[],
): Promise<Check[]> {
  log(
    `\n1. Votes on review ${review.id} through both servers at once: ${CONNECTIONS} connections (${CONNECTIONS / 2} each), ~${SECONDS} s, ${voters.length} voters`,
  );
  const pool = createVoterPool(voters);
  const before = await readVoteCounters(db, review.id);
  const figures = await measureVotes({ clients, connections: CONNECTIONS, warmupSeconds: 0, seconds: SECONDS, pool });
  await settleUnanswered(db, review.id, pool);
  const byServer = clients
    .map((client) => `${serverName(servers, client.origin)} ${figures.acceptedBy[client.origin] ?? 0}`)
    .join(', ');
  log(`   ${perSecond(figures.votesPerSecond)} votes/s; accepted: ${byServer}; ${figures.errors} errors`);
  for (const [message, n] of Object.entries(figures.rejections)) log(`     ${n} × ${message}`);
  const consistency = await checkVoteConsistency(db, review.id, before, pool);
  printChecks('Consistency', consistency, (line) => log(`   ${line}`));
  const everyServer = clients.every((client) => (figures.acceptedBy[client.origin] ?? 0) > 0);
  return [
    {
      label: 'both servers accepted votes',
      ok: everyServer && figures.errors === 0,
      detail: `${byServer}; ${figures.errors} errors`,
    },
    {
      label: 'counters exact after votes through both',
      ok: consistency.every((check) => check.ok),
      detail: `${consistency.filter((check) => check.ok).length} of ${consistency.length} checks`,
    },
  ];
}

/** Part 2: one member, A and B in turn, until refused. */
async function sharedRateLimit(
  db: Database,
  review: HotReview,
  servers: ProductionServer[],
  clients: VoteClient[],
  secret: string,
  redis: Redis,
): Promise<Check[]> {
  log(`\n2. One member votes on A, B, A, B… until refused (the limit: ${VOTE_BUDGET.points} votes a minute)`);
  const member = await benchMember(db, 'rate-probe');
  const upvoted = (await upvotedMemberIds(db, review.id, [member.id])).has(member.id);
  const pool = createVoterPool([{ member, cookie: await sessionCookie(member, secret), upvoted, votes: 0 }]);
  await waitForFreshBudget(redis, `verdict-bench:scale-demo:${member.handle}`, (VOTE_BUDGET.duration + 1) * 1000);
  const before = await readVoteCounters(db, review.id);
  const probe = await probeVoteLimit(clients, pool, servers.length * VOTE_BUDGET.points + 1);
  const accepted = Object.values(probe.accepted).reduce((sum, n) => sum + n, 0);
  const byServer = clients.map((client) => `${serverName(servers, client.origin)} ${probe.accepted[client.origin]}`).join(', ');
  log(`   accepted ${accepted} (${byServer}) in ${probe.seconds.toFixed(1)} s`);
  log(
    probe.refusal
      ? `   refused: vote ${probe.refusal.vote}, on ${serverName(servers, probe.refusal.origin)}: "${probe.refusal.message}"`
      : `   never refused in ${probe.votes} votes`,
  );
  const shared = probe.refusal?.vote === VOTE_BUDGET.points + 1;
  const consistency = await checkVoteConsistency(db, review.id, before, pool);
  printChecks('Consistency', consistency, (line) => log(`   ${line}`));
  return [
    {
      label: `rate limit shared: refused after ${VOTE_BUDGET.points} votes in all`,
      ok: shared,
      detail: shared
        ? `refused at vote ${probe.refusal!.vote} (${byServer})`
        : `NOT shared: ${accepted} accepted (${byServer})${probe.refusal ? `, refused at vote ${probe.refusal.vote}` : ''}; each server keeps its own budget`,
    },
    {
      label: 'counters exact after the probe',
      ok: consistency.every((check) => check.ok),
      detail: `${consistency.filter((check) => check.ok).length} of ${consistency.length} checks`,
    },
  ];
}

async function main(): Promise<number> {
  const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;
  // Before building or starting anything: without a Redis there is nothing to share.
  const redis = await connectRedis(redisUrl);
  const database = await provideDatabase();
  const { db, close } = createDatabase(database.url, { max: 2 });
  const servers: ProductionServer[] = [];
  try {
    await ensureProductionBuild();
    printEnvironment(await readEnvironment(db, database.url, redisUrl));
    const review = await hotReview(db);
    // One secret for both, as behind a load balancer: a session signed by one is good on the other.
    const secret = randomBytes(32).toString('base64url');
    for (const port of [PORT, PORT + 1]) {
      servers.push(
        await startProductionServer({ port, databaseUrl: database.url, env: { AUTH_SECRET: secret, REDIS_URL: redisUrl } }),
      );
    }
    log(
      `\nServers A ${servers[0]!.origin} and B ${servers[1]!.origin}: one build, PostgreSQL ${withoutPassword(database.url)}, Redis ${withoutPassword(redisUrl)}`,
    );

    const voters = await benchVoters(db, 'scale-voter', votersNeeded(VOTES_PER_SECOND_CEILING, SECONDS + 2), secret, review.id);
    const clients = await Promise.all(servers.map((server) => upvoteClientFor(server.origin, review.id, voters[0]!.cookie)));
    const checks = [
      ...(await votesThroughBoth(db, review, servers, clients, voters)),
      ...(await sharedRateLimit(db, review, servers, clients, secret, redis)),
    ];
    log('');
    printChecks('Summary', checks);
    const ok = checks.every((check) => check.ok);
    log(`${mark(ok)} ${ok ? 'Two servers share one database and one vote budget' : 'Scale demo found a problem'}`);
    return ok ? 0 : 1;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    redis.disconnect();
    await close();
    await database.stop();
  }
}

runMain(main);
