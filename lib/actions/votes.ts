'use server';

import { revalidatePath } from 'next/cache';

import { requireUser, safeReturnPath } from '@/lib/auth/viewer';
import { consume, retryMessage } from '@/lib/rate-limit';
import { voteSchema } from '@/lib/validation/vote';
import { setUpvote, type VoteTarget } from '@/lib/votes/mutations';

/** What an Upvote button learns from its action: the new state, or why nothing changed. */
export type VoteResult = { ok: true; upvoted: boolean; upvoteCount: number } | { ok: false; message: string };

const REFUSALS = {
  'not-found': 'This is no longer here to upvote.',
  own: 'You can’t upvote your own writing.',
  'not-allowed': 'Your account can’t vote right now.',
} as const;

async function vote(target: VoteTarget, targetId: number, returnTo: string, formData: FormData): Promise<VoteResult> {
  const path = safeReturnPath(returnTo);
  const viewer = await requireUser(path);
  const parsed = voteSchema.safeParse({ upvoted: formData.get('upvoted') });
  if (!parsed.success) return { ok: false, message: 'That vote could not be read. Please try again.' };

  const budget = await consume('vote', viewer.id);
  if (!budget.allowed) {
    return { ok: false, message: `You are voting very fast. ${retryMessage(budget.retryAfterSeconds).replace('Too many attempts. ', '')}` };
  }

  const outcome = await setUpvote({ actor: viewer, target, targetId, upvoted: parsed.data.upvoted });
  if (!outcome.ok) return { ok: false, message: REFUSALS[outcome.reason] };

  revalidatePath(path);
  return { ok: true, upvoted: outcome.upvoted, upvoteCount: outcome.upvoteCount };
}

/**
 * Upvotes a review or withdraws the upvote (bound: the review's id and the
 * page to come back to). Signed out, the member signs in and returns there.
 */
export async function upvoteReviewAction(reviewId: number, returnTo: string, formData: FormData): Promise<VoteResult> {
  return vote('review', reviewId, returnTo, formData);
}

/** The same for a comment. */
export async function upvoteCommentAction(commentId: number, returnTo: string, formData: FormData): Promise<VoteResult> {
  return vote('comment', commentId, returnTo, formData);
}
