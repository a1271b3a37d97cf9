import { describe, expect, it } from 'vitest';

import { getLeaderboard } from '@/lib/badges/leaderboard-queries';
import { parseLeaderboardQuery } from '@/lib/badges/params';
import { getBadgeBoard, getTopBadge } from '@/lib/badges/queries';
import { saveReview } from '@/lib/reviews/mutations';
import { setUpvote } from '@/lib/votes/mutations';

import { createFilm, createUser } from '../support/factories';

const body = 'Patient, generous and sad in the right places. '.repeat(15);

describe('the leaderboard', () => {
  it('ranks members by upvotes received in the period, ties sharing a rank, and tells the viewer theirs', async () => {
    const [star, runnerUp, tied, reader] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const voters = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const reviewOf = async (author: { id: string }) => {
      const saved = await saveReview(author, (await createFilm()).slug, { title: 'T', body, rating: 7, containsSpoilers: false });
      if (!saved.ok) throw new Error('not saved');
      return saved.reviewId;
    };
    const [a, b, c] = [await reviewOf(star), await reviewOf(runnerUp), await reviewOf(tied)];
    for (const voter of voters) await setUpvote({ actor: voter, target: 'review', targetId: a, upvoted: true });
    for (const voter of voters.slice(0, 2)) {
      await setUpvote({ actor: voter, target: 'review', targetId: b, upvoted: true });
      await setUpvote({ actor: voter, target: 'review', targetId: c, upvoted: true });
    }

    for (const period of ['week', 'month', 'all'] as const) {
      const board = await getLeaderboard('upvotes', period, tied.id, 1000);
      const mine = board.rows.filter((row) => [star, runnerUp, tied].some((member) => member.handle === row.handle));
      expect(mine.map((row) => row.score)).toEqual([4, 2, 2]);
      const starRank = mine[0]!.rank;
      expect(mine[1]!.rank).toBe(mine[2]!.rank);
      expect(mine[1]!.rank).toBeGreaterThan(starRank);
      expect(board.viewer).toEqual({ rank: mine[2]!.rank, score: 2 });
    }
    expect((await getLeaderboard('upvotes', 'week', reader.id)).viewer).toEqual({ rank: null, score: 0 });
    expect((await getLeaderboard('reviews', 'week', star.id)).viewer?.score).toBe(1);
    expect((await getLeaderboard('badges', 'all', star.id)).viewer?.score).toBeGreaterThanOrEqual(2);
  });

  it('falls back to sensible defaults for bad parameters', () => {
    expect(parseLeaderboardQuery({})).toEqual({ metric: 'upvotes', period: 'week' });
    expect(parseLeaderboardQuery({ by: 'karma', t: ['month', 'x'] })).toEqual({ metric: 'upvotes', period: 'month' });
  });
});

describe('the badge board', () => {
  it('shows what is earned, the count and the next target on every ladder', async () => {
    const member = await createUser();
    await saveReview(member, (await createFilm()).slug, { title: 'T', body, rating: 7, containsSpoilers: false });
    const board = await getBadgeBoard(member.id);
    const published = board.find((entry) => entry.key === 'reviews-published')!;
    expect(published).toMatchObject({ count: 1, next: 5 });
    expect(published.earned.map((badge) => badge.tier)).toEqual([1]);
    expect(board.find((entry) => entry.key === 'upvotes-received')).toMatchObject({ count: 0, next: 10, earned: [] });
    expect(await getTopBadge(member.id)).toMatchObject({ key: expect.any(String) });
  });
});
