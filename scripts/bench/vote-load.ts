/**
 * Upvotes under load through the real vote path: autocannon POSTs the
 * Upvote action to one or more servers at once, each request built for the
 * next voter of a shared pool, each answer read and recorded.
 *
 * Runs are sized by a number of votes rather than a duration, so a run ends
 * when every vote has been answered: stopping on a clock would cut votes
 * off in flight, which the server may still have written, and the
 * benchmark would no longer know how far the counter should have moved.
 */
import type { Request } from 'autocannon';

import { type LoadFigures, loadFigures, type Run, runAutocannon } from './load';
import type { Voter, VoterPool, VoteTally } from './voter-pool';
import { readVoteAnswer, type VoteClient, VoteFailure } from './vote-client';

export interface VoteLoad {
  /** One client per server; the connections are split evenly between them. */
  clients: VoteClient[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
  pool: VoterPool;
}

export interface VoteFigures {
  /** HTTP-level figures: requests answered with 200, latency, socket errors. */
  load: LoadFigures;
  /** Votes the action accepted (`ok: true`) per second. */
  votesPerSecond: number;
  accepted: number;
  /** Every vote that was not accepted: refused, failed, or cut off (socket errors, timeouts). */
  errors: number;
  /** The refused and failed ones by message. */
  rejections: Record<string, number>;
  /** Accepted votes by server origin. */
  acceptedBy: Record<string, number>;
}

const ok = (status: number) => status === 200;
const share = (total: number, parts: number, index: number) => Math.floor(total / parts) + (index < total % parts ? 1 : 0);
const headerOf = (headers: Record<string, string | string[]>, name: string) => {
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
};

/** `amount` votes over the clients at once; resolves when each one has its answer (or timed out). */
async function voteRun(load: VoteLoad, amount: number, acceptedBy: Record<string, number>): Promise<Run[]> {
  const { clients, connections, pool } = load;
  return Promise.all(
    clients.map((client, index) => {
      const steps = [
        {
          setupRequest: (request: Request, context: Record<string, unknown>) => {
            const { voter, upvoted } = pool.take();
            context.voter = voter;
            return { ...request, ...client.request(upvoted, voter.cookie) };
          },
          onResponse: (
            status: number,
            body: string,
            context: Record<string, unknown>,
            headers: Record<string, string | string[]>,
          ) => {
            const voter = context.voter as Voter;
            try {
              const answer = readVoteAnswer({
                status,
                contentType: headerOf(headers, 'content-type'),
                actionRedirect: headerOf(headers, 'x-action-redirect'),
                payload: body,
              });
              pool.settle(voter, answer);
              if (answer.ok) acceptedBy[client.origin] = (acceptedBy[client.origin] ?? 0) + 1;
            } catch (error) {
              if (!(error instanceof VoteFailure)) throw error;
              pool.fail(voter, error.message);
            }
          },
        },
      ];
      const clientConnections = share(connections, clients.length, index);
      const clientAmount = Math.max(clientConnections, share(amount, clients.length, index));
      return runAutocannon({ url: client.origin, connections: clientConnections, amount: clientAmount, requests: steps }, ok);
    }),
  );
}

const accepted = (tally: VoteTally) => tally.upvotes + tally.withdrawals;
const rejections = (tally: VoteTally): Record<string, number> => ({ ...tally.refusals, ...tally.failures });

/** The rejections in `after` that were not in `before`, by message. */
function newRejections(before: VoteTally, after: VoteTally): Record<string, number> {
  const earlier = rejections(before);
  const entries = Object.entries(rejections(after)).map(([message, n]): [string, number] => [
    message,
    n - (earlier[message] ?? 0),
  ]);
  return Object.fromEntries(entries.filter(([, n]) => n > 0));
}

/**
 * A calibration run of a few votes per connection gives the rate; a warm-up
 * of `warmupSeconds` at that rate follows, then the measured run of about
 * `seconds`. Only the measured run's votes make the figures; the pool's
 * tally, which the consistency check compares the counters with, counts all.
 */
export async function measureVotes(load: VoteLoad): Promise<VoteFigures> {
  const rate = (runs: Run[]) => loadFigures(runs, load.connections, ok).requestsPerSecond;
  let perSecond = rate(await voteRun(load, load.connections * 5, {}));
  if (load.warmupSeconds > 0) perSecond = rate(await voteRun(load, Math.round(perSecond * load.warmupSeconds), {}));

  const before = structuredClone(load.pool.tally);
  const acceptedBy: Record<string, number> = {};
  const runs = await voteRun(load, Math.max(load.connections * 5, Math.round(perSecond * load.seconds)), acceptedBy);
  const figures = loadFigures(runs, load.connections, ok);
  const votes = accepted(load.pool.tally) - accepted(before);
  const rejected = newRejections(before, load.pool.tally);
  return {
    load: figures,
    votesPerSecond: votes / figures.seconds,
    accepted: votes,
    errors: Object.values(rejected).reduce((sum, n) => sum + n, 0) + figures.errors.connection + figures.errors.resets,
    rejections: rejected,
    acceptedBy,
  };
}
