import { setTimeout as sleep } from 'node:timers/promises';

import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { reviewVotes, reviews } from '@/db/schema';
import { hotScore } from '@/lib/reviews/ranking';
import { setUpvote, type VoteTarget } from '@/lib/votes/mutations';

import { insertComment } from '../support/comments';
import { createFilm, createReview, createUser } from '../support/factories';

const MEMBERS = 200;

type Vote = (actor: { id: string }, targetId: number, upvoted: boolean) => Promise<unknown>;

/**
 * Every member presses Upvote a random number of times (1–4: up, down, up,
 * down), all members at once, interleaved by the pool and the scheduler.
 * Returns how many members end with their upvote standing.
 */
async function stampede(members: { id: string }[], targetId: number, vote: Vote, seed: number): Promise<number> {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const presses = members.map(() => 1 + Math.floor(random() * 4));
  await Promise.allSettled(
    members.map(async (member, index) => {
      for (let press = 0; press < presses[index]!; press += 1) {
        await vote(member, targetId, press % 2 === 0);
      }
    }),
  );
  return presses.filter((count) => count % 2 === 1).length;
}

async function voteRows(target: VoteTarget, id: number) {
  const [row] = await db.execute<{ stored: number; actual: number }>(
    target === 'review'
      ? sql`select upvote_count as stored, (select count(*) from review_votes where review_id = ${id})::int as actual from reviews where id = ${id}`
      : sql`select upvote_count as stored, (select count(*) from comment_votes where comment_id = ${id})::int as actual from comments where id = ${id}`,
  );
  return row!;
}

/**
 * The way counters go wrong: read the count, write the vote, write back
 * count ± 1. Two members who read the same count both write count + 1 and one
 * upvote is lost. Kept here only as a control: it shows this test can fail.
 */
const naiveReviewVote: Vote = (actor, reviewId, upvoted) =>
  db.transaction(async (tx) => {
    const [row] = await tx.select({ count: reviews.upvoteCount }).from(reviews).where(eq(reviews.id, reviewId));
    const changed = upvoted
      ? await tx.insert(reviewVotes).values({ userId: actor.id, reviewId }).onConflictDoNothing().returning()
      : await tx
          .delete(reviewVotes)
          .where(and(eq(reviewVotes.userId, actor.id), eq(reviewVotes.reviewId, reviewId)))
          .returning();
    if (changed.length === 0) return;
    await sleep(1); // the time any real request spends between its read and its write
    await tx
      .update(reviews)
      .set({ upvoteCount: Math.max(0, row!.count + (upvoted ? 1 : -1)) })
      .where(eq(reviews.id, reviewId));
  });

describe(`${MEMBERS} members voting and un-voting at once`, async () => {
  const author = await createUser();
  const newReview = async () => createReview({ filmId: (await createFilm()).id, authorId: author.id });
  const members = await Promise.all(Array.from({ length: MEMBERS }, () => createUser()));

  it('leaves a review’s counter equal to its vote rows, and its hot score equal to the formula', async () => {
    const review = await newReview();
    const standing = await stampede(
      members,
      review.id,
      (actor, id, upvoted) => setUpvote({ actor, target: 'review', targetId: id, upvoted }),
      7,
    );

    const { stored, actual } = await voteRows('review', review.id);
    expect(actual).toBe(standing);
    expect(stored).toBe(actual);
    const [row] = await db
      .select({ hot: reviews.hotScore, createdAt: reviews.createdAt })
      .from(reviews)
      .where(eq(reviews.id, review.id));
    expect(row!.hot).toBeCloseTo(hotScore(stored, row!.createdAt), 6);
  });

  it('leaves a comment’s counter equal to its vote rows', async () => {
    const review = await newReview();
    const comment = await insertComment({ reviewId: review.id, authorId: author.id, body: 'Vote on me.' });
    const standing = await stampede(
      members,
      comment.id,
      (actor, id, upvoted) => setUpvote({ actor, target: 'comment', targetId: id, upvoted }),
      11,
    );

    const { stored, actual } = await voteRows('comment', comment.id);
    expect(actual).toBe(standing);
    expect(stored).toBe(actual);
  });

  it('control: a naive read-then-write counter loses votes under the same load', async () => {
    const review = await newReview();
    await stampede(members, review.id, naiveReviewVote, 7);

    const { stored, actual } = await voteRows('review', review.id);
    expect(stored).not.toBe(actual);
    // Put the counters right, so the database-wide invariant checks of later tests hold.
    await db.update(reviews).set({ upvoteCount: actual }).where(eq(reviews.id, review.id));
    await db.execute(sql`
      update users set upvotes_received = upvotes_received + ${actual} where id = ${author.id}`);
  });
});
