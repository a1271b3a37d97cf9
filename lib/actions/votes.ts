'use server';

import { requireMember, safeReturnPath } from '@/lib/auth/viewer';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { formDataOf } from '@/lib/validation/params';
import { voteSchema } from '@/lib/validation/vote';
import { setUpvote, type VoteTarget } from '@/lib/votes/mutations';
import { banMessage } from '@/lib/moderation/ban-message';

import { type ActionResult, failure, type FailureReason, success } from './result';

/** What an Upvote button learns from its action: the new state, or why nothing changed. */
export type VoteResult = ActionResult<{ upvoted: boolean; upvoteCount: number }>;

const REFUSALS = {
  'not-found': { reason: 'not-found', message: 'This is no longer here to upvote.' },
  own: { reason: 'forbidden', message: 'You can’t upvote your own writing.' },
  'not-allowed': { reason: 'forbidden', message: 'Your account can’t vote right now.' },
} as const satisfies Record<string, { reason: FailureReason; message: string }>;

/**
 * Who is asking → what they sent → one mutation → its answer. Nothing is
 * revalidated: every page is rendered per request, and revalidating would
 * make Next render the whole page into this answer (a vote would cost a page
 * view). The button settles on the count returned here.
 */
async function vote(target: VoteTarget, formData: FormData): Promise<VoteResult> {
  const returnTo = formData.get('returnTo');
  const viewer = await requireMember(safeReturnPath(typeof returnTo === 'string' ? returnTo : '/'));
  if (viewer.ban) return failure('forbidden', banMessage(viewer.ban));
  const parsed = voteSchema.safeParse({
    targetId: formData.get('targetId'),
    returnTo: returnTo ?? undefined,
    upvoted: formData.get('upvoted'),
  });
  if (!parsed.success) return failure('invalid', 'That vote could not be read. Please try again.');

  const budget = await consume('vote', viewer.id);
  if (!budget.allowed) return failure('throttled', throttledMessage('vote', budget.retryAfterSeconds));

  const outcome = await setUpvote({ actor: viewer, target, targetId: parsed.data.targetId, upvoted: parsed.data.upvoted });
  if (!outcome.ok) return failure(REFUSALS[outcome.reason].reason, REFUSALS[outcome.reason].message);
  return success({ upvoted: outcome.upvoted, upvoteCount: outcome.upvoteCount });
}

/**
 * Upvotes a review or withdraws the upvote: the form sends the review's id
 * and the page to come back to as fields, so every button on a page shares
 * one action instead of each carrying its own bound copy. Signed out, the
 * member signs in and returns there.
 */
export async function upvoteReviewAction(formData: FormData): Promise<VoteResult> {
  return vote('review', formDataOf(formData));
}

/** The same for a comment. */
export async function upvoteCommentAction(formData: FormData): Promise<VoteResult> {
  return vote('comment', formDataOf(formData));
}
