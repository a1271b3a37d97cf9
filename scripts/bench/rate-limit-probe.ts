/**
 * Is the vote limit one budget across servers? One member votes on each
 * server in turn (A, B, A, B…), alternating upvote and withdrawal, until
 * a vote is refused: with a shared budget the refusal is the (points + 1)th
 * vote in all; with a budget per server it comes only when one server's own
 * count is spent, near servers × points.
 */
import type { VoteClient } from './vote-client';
import type { VoterPool } from './voter-pool';

export interface ProbeResult {
  /** Accepted votes by server origin. */
  accepted: Record<string, number>;
  refusal?: { vote: number; origin: string; message: string };
  votes: number;
  seconds: number;
}

/** Votes as the pool's only voter, round-robin over `clients`, until refused or `maxVotes` have been sent. */
export async function probeVoteLimit(clients: VoteClient[], pool: VoterPool, maxVotes: number): Promise<ProbeResult> {
  const accepted = Object.fromEntries(clients.map((client) => [client.origin, 0]));
  const started = performance.now();
  for (let vote = 1; vote <= maxVotes; vote += 1) {
    const client = clients[(vote - 1) % clients.length]!;
    const { voter, upvoted } = pool.take();
    const answer = await client.cast(upvoted, voter.cookie);
    pool.settle(voter, answer);
    if (!answer.ok)
      return {
        accepted,
        refusal: { vote, origin: client.origin, message: answer.message },
        votes: vote,
        seconds: (performance.now() - started) / 1000,
      };
    accepted[client.origin]! += 1;
  }
  return { accepted, votes: maxVotes, seconds: (performance.now() - started) / 1000 };
}
