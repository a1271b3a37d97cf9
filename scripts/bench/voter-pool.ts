/**
 * The bench members who vote, and what each has done. Every vote asks for
 * the opposite of the voter's known state (upvote, withdraw, upvote…), so
 * every accepted vote moves the counter by exactly one and the expected
 * movement is known. A voter has at most one vote in flight, and the one who
 * waited longest votes next, which spreads the votes evenly over the pool:
 * each member stays far below the rate limit's budget instead of the
 * benchmark switching the limit off.
 */
import type { SessionMember } from './sessions';
import type { VoteAnswer } from './vote-client';

export interface Voter {
  member: SessionMember;
  cookie: string;
  /** Whether the member's upvote is on the review now, as far as its answers tell. */
  upvoted: boolean;
  /** Votes sent, refused ones included: what the rate limit counts. */
  votes: number;
}

export interface VoteTally {
  upvotes: number;
  withdrawals: number;
  /** `ok: false` answers, by message (the rate limit's "You are voting very fast…", say). */
  refusals: Record<string, number>;
  /** Answers that were not the action's result at all, by reason. */
  failures: Record<string, number>;
  /** Votes that got no answer but, read back from the database, took effect. */
  unansweredApplied: { upvotes: number; withdrawals: number };
}

export interface VoterPool {
  voters: readonly Voter[];
  tally: VoteTally;
  /** The next voter and the state it asks for. */
  take(): { voter: Voter; upvoted: boolean };
  /** Records the server's answer to the vote `voter` was given by take(). */
  settle(voter: Voter, answer: VoteAnswer): void;
  /** Records a vote whose answer was no answer; the voter's state is unknown until resolve(). */
  fail(voter: Voter, reason: string): void;
  /** Voters whose last vote has no answer (timed out, cut off, or answered with an error). */
  unanswered(): Voter[];
  /** Learns the state of unanswered voters from the database (ids of those whose upvote is there). */
  resolve(upvotedIds: ReadonlySet<string>): void;
  /** Net votes the counter should have moved by: upvotes minus withdrawals that took effect. */
  expectedMovement(): number;
}

const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function createVoterPool(voters: Voter[]): VoterPool {
  const waiting = [...voters];
  /** Voters with a vote in flight (or unanswered), and the state that vote asked for. */
  const asked = new Map<Voter, boolean>();
  const tally: VoteTally = {
    upvotes: 0,
    withdrawals: 0,
    refusals: {},
    failures: {},
    unansweredApplied: { upvotes: 0, withdrawals: 0 },
  };

  return {
    voters,
    tally,
    take() {
      const voter = waiting.shift();
      if (!voter) throw new Error('No bench voter is free: every one has a vote the server did not answer');
      const upvoted = !voter.upvoted;
      asked.set(voter, upvoted);
      voter.votes += 1;
      return { voter, upvoted };
    },
    settle(voter, answer) {
      const wanted = asked.get(voter);
      asked.delete(voter);
      if (answer.ok && answer.upvoted === wanted) {
        voter.upvoted = wanted;
        if (wanted) tally.upvotes += 1;
        else tally.withdrawals += 1;
      } else if (answer.ok) {
        // The server says the state already was what this vote asked for: the pool's bookkeeping is wrong.
        increment(tally.failures, `answered upvoted=${answer.upvoted} to a vote for upvoted=${wanted}`);
        voter.upvoted = answer.upvoted;
      } else {
        increment(tally.refusals, answer.message);
      }
      waiting.push(voter);
    },
    fail(_voter, reason) {
      // The voter stays among the unanswered: an error page may come after the vote was written.
      increment(tally.failures, reason);
    },
    unanswered() {
      return [...asked.keys()];
    },
    resolve(upvotedIds) {
      for (const [voter, wanted] of asked) {
        const upvoted = upvotedIds.has(voter.member.id);
        if (upvoted === wanted && upvoted !== voter.upvoted) {
          if (upvoted) tally.unansweredApplied.upvotes += 1;
          else tally.unansweredApplied.withdrawals += 1;
        }
        voter.upvoted = upvoted;
        waiting.push(voter);
      }
      asked.clear();
    },
    expectedMovement() {
      const { upvotes, withdrawals, unansweredApplied } = tally;
      return upvotes - withdrawals + unansweredApplied.upvotes - unansweredApplied.withdrawals;
    },
  };
}
