import { describe, expect, it } from 'vitest';

import { deleteComment, postComment } from '@/lib/comments/mutations';
import { deleteAccount } from '@/lib/members/mutations';
import { setUpvote } from '@/lib/votes/mutations';

import { createFilm, createReview, createUser } from '../support/factories';
import { counterMismatches } from '../support/invariants';

/**
 * The lock order written in db/counters.ts, tested where it matters: a
 * removal racing the votes it cascades to. Before the removals locked the
 * vote rows first, these rounds ended in PostgreSQL's deadlock error (40P01)
 * again and again; what the order leaves, db/deadlock-retry.ts runs again,
 * so no caller ever sees one.
 */
const DEADLOCK = '40P01';

function sqlStateOf(error: unknown): string {
  const failure = error as { cause?: { code?: string }; code?: string };
  return failure.cause?.code ?? failure.code ?? String(error);
}

/** The SQL states of whatever failed, once everything has settled. */
async function failuresOf(work: Promise<unknown>[]): Promise<string[]> {
  const results = await Promise.allSettled(work);
  return results.flatMap((result) => (result.status === 'rejected' ? [sqlStateOf(result.reason)] : []));
}

const members = (n: number) => Promise.all(Array.from({ length: n }, () => createUser()));

describe('counters under racing removals', () => {
  it('a comment deleted while its voters withdraw never fails with a deadlock', async () => {
    const failures: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const film = await createFilm();
      const [reviewer, author, ...voters] = await members(22);
      const review = await createReview({ filmId: film.id, authorId: reviewer!.id });
      const posted = await postComment(author!, { reviewId: review.id, body: 'A comment about to go.' });
      if (!posted.ok) throw new Error(`could not post: ${posted.reason}`);
      const commentId = posted.comment.id;
      await Promise.all(
        voters.map((voter) => setUpvote({ actor: voter, target: 'comment', targetId: commentId, upvoted: true })),
      );

      const withdraw = (voter: { id: string }) =>
        setUpvote({ actor: voter, target: 'comment', targetId: commentId, upvoted: false });
      failures.push(
        ...(await failuresOf([
          ...voters.slice(0, 10).map(withdraw),
          deleteComment(author!, commentId),
          ...voters.slice(10).map(withdraw),
        ])),
      );
    }
    expect(failures.filter((code) => code === DEADLOCK)).toEqual([]);
    expect(await counterMismatches()).toEqual([]);
  }, 180_000);

  it('an account deleted while others vote on its writing never fails with a deadlock', async () => {
    const failures: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      const films = await Promise.all([createFilm(), createFilm(), createFilm()]);
      const [leaving, someone, commenter, ...voters] = await members(16);
      const theirReviews = await Promise.all(films.map((film) => createReview({ filmId: film.id, authorId: leaving!.id })));
      const otherReview = await createReview({ filmId: films[0]!.id, authorId: someone!.id });
      const commentsUnder: number[] = [];
      for (const review of theirReviews) {
        const posted = await postComment(commenter!, { reviewId: review.id, body: 'Under their review.' });
        if (posted.ok) commentsUnder.push(posted.comment.id);
      }
      const own = await postComment(leaving!, { reviewId: otherReview.id, body: 'Their own comment.' });
      if (!own.ok) throw new Error(`could not post: ${own.reason}`);
      await setUpvote({ actor: leaving!, target: 'review', targetId: otherReview.id, upvoted: true });
      for (const voter of voters) {
        await Promise.all([
          ...theirReviews.map((review) => setUpvote({ actor: voter, target: 'review', targetId: review.id, upvoted: true })),
          ...commentsUnder.map((id) => setUpvote({ actor: voter, target: 'comment', targetId: id, upvoted: true })),
          setUpvote({ actor: voter, target: 'comment', targetId: own.comment.id, upvoted: true }),
        ]);
      }

      const flips = voters.flatMap((voter, i) => [
        ...theirReviews.map((review) => setUpvote({ actor: voter, target: 'review', targetId: review.id, upvoted: i % 2 === 1 })),
        ...commentsUnder.map((id) => setUpvote({ actor: voter, target: 'comment', targetId: id, upvoted: false })),
        setUpvote({ actor: voter, target: 'comment', targetId: own.comment.id, upvoted: false }),
        setUpvote({ actor: voter, target: 'review', targetId: otherReview.id, upvoted: true }),
      ]);
      const half = Math.floor(flips.length / 2);
      failures.push(
        ...(await failuresOf([
          ...flips.slice(0, half),
          deleteAccount({
            actor: leaving!,
            confirmation: { handle: leaving!.handle },
            content: round % 2 === 1 ? 'keep' : 'remove',
          }),
          ...flips.slice(half),
          ...commentsUnder.map((id) => deleteComment(commenter!, id)),
        ])),
      );
    }
    expect(failures.filter((code) => code === DEADLOCK)).toEqual([]);
    expect(await counterMismatches()).toEqual([]);
  }, 180_000);
});
