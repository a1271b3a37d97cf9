/**
 * Getting ready to vote through the real vote path, the same way for every
 * script: voters signed in, the Upvote form read from the page the voter
 * loads, and one vote and its withdrawal checked end to end before any load.
 */
import type { Database } from '../../db/index';
import { THROTTLES } from '../../lib/rate-limit/throttles';
import { readVoteCounters, upvotedMemberIds } from './consistency';
import { benchMembers } from './members';
import { sessionCookie } from './sessions';
import { readUpvoteForm, serverActionName } from './vote-form';
import { type VoteClient, voteClient } from './vote-client';
import type { Voter } from './voter-pool';

/** The action the review's Upvote button calls. */
export const UPVOTE_ACTION = 'lib/actions/votes.ts#upvoteReviewAction';

/**
 * Votes one bench voter may cast in one run: under half the rate limit's
 * budget (lib/rate-limit/throttles.ts: 60 a minute), so that even two runs
 * within the same minute, on servers that share their limits, stay inside it.
 */
export const VOTES_PER_VOTER = Math.floor(THROTTLES.vote.points * 0.4);

/** Enough voters that `votesPerSecond` for `seconds` keeps each one within VOTES_PER_VOTER. */
export function votersNeeded(votesPerSecond: number, seconds: number): number {
  return Math.max(100, Math.ceil((votesPerSecond * seconds) / VOTES_PER_VOTER));
}

/** `bench-<name>-1…count`, signed in, each with the state its upvote on the review has now. */
export async function benchVoters(db: Database, name: string, count: number, secret: string, reviewId: number): Promise<Voter[]> {
  const members = await benchMembers(db, name, count);
  const upvoted = await upvotedMemberIds(
    db,
    reviewId,
    members.map((member) => member.id),
  );
  return Promise.all(
    members.map(async (member) => ({
      member,
      cookie: await sessionCookie(member, secret),
      upvoted: upvoted.has(member.id),
      votes: 0,
    })),
  );
}

/** The review's vote client at `origin`, from the page as the member `cookie` signs in sees it. */
export async function upvoteClientFor(origin: string, reviewId: number, cookie: string): Promise<VoteClient> {
  const response = await fetch(`${origin}/reviews/${reviewId}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`The page of review ${reviewId} answered ${response.status}`);
  const form = readUpvoteForm(await response.text(), reviewId);
  const name = serverActionName(form.actionId);
  if (name !== UPVOTE_ACTION) throw new Error(`The review's Upvote form calls ${name}, not ${UPVOTE_ACTION}`);
  return voteClient(origin, reviewId, form);
}

/**
 * One vote and its withdrawal (or the reverse), each answer read row by row
 * and compared with the database: the answer must say what was asked, and
 * the count it reports must be the count the database holds.
 */
export async function verifyVotePath(db: Database, client: VoteClient, voter: Voter): Promise<string> {
  const seen: string[] = [];
  for (const upvoted of [!voter.upvoted, voter.upvoted]) {
    const answer = await client.cast(upvoted, voter.cookie);
    const { upvoteCount } = await readVoteCounters(db, client.reviewId);
    const there = (await upvotedMemberIds(db, client.reviewId, [voter.member.id])).has(voter.member.id);
    if (!answer.ok) throw new Error(`The vote path refused a bench vote: ${answer.message}`);
    if (answer.upvoted !== upvoted || there !== upvoted || answer.upvoteCount !== upvoteCount) {
      throw new Error(
        `The vote path answered ${JSON.stringify(answer)}; the database has the upvote ${there ? 'on' : 'off'}, count ${upvoteCount}`,
      );
    }
    seen.push(JSON.stringify(answer));
  }
  voter.votes += 2;
  return seen.join(' then ');
}
