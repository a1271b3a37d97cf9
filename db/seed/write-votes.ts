import type { Transaction } from '../index';
import { commentVotes as commentVoteRows, reviewVotes as reviewVoteRows } from '../schema';
import { hoursAfter } from './clock';
import { required } from './lookup';
import { commentVotes, reviewVotes } from './votes';
import type { SeededReview } from './write-community';
import type { SeededComment } from './write-threads';

interface Votable {
  id: number;
  authorId: string;
  createdAt: Date;
}

/** Votes arrive a few hours apart after what they vote for, never in the future. */
function planVotes(
  votes: Record<string, string[]>,
  targets: ReadonlyMap<string, Votable>,
  userIds: ReadonlyMap<string, string>,
  what: string,
  now: Date,
) {
  return Object.entries(votes).flatMap(([key, voters]) => {
    const target = required(targets, key, what);
    return voters.map((handle, index) => {
      const userId = required(userIds, handle, 'member');
      if (userId === target.authorId) throw new Error(`Seed data has ${handle} upvoting their own ${what} ${key}`);
      const at = hoursAfter(target.createdAt, 2 + index * 3);
      return { userId, targetId: target.id, createdAt: at < now ? at : now };
    });
  });
}

/**
 * Upvotes on reviews and comments. The primary key (voter, target) makes a
 * re-run a no-op. Counters are not touched here: the seed recounts them once,
 * after every vote and comment is in (recountCounters, db/counters.ts).
 */
export async function writeVotes(
  tx: Transaction,
  reviews: ReadonlyMap<string, SeededReview>,
  comments: ReadonlyMap<string, SeededComment>,
  userIds: ReadonlyMap<string, string>,
  now: Date,
) {
  const onReviews = planVotes(reviewVotes, reviews, userIds, 'review', now);
  if (onReviews.length > 0) {
    await tx
      .insert(reviewVoteRows)
      .values(onReviews.map(({ userId, targetId, createdAt }) => ({ userId, reviewId: targetId, createdAt })))
      .onConflictDoNothing();
  }
  const onComments = planVotes(commentVotes, comments, userIds, 'comment', now);
  if (onComments.length > 0) {
    await tx
      .insert(commentVoteRows)
      .values(onComments.map(({ userId, targetId, createdAt }) => ({ userId, commentId: targetId, createdAt })))
      .onConflictDoNothing();
  }
}
