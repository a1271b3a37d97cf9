'use server';

import { revalidatePath } from 'next/cache';

import { requireMember, safeReturnPath } from '@/lib/auth/viewer';
import { setFollowing } from '@/lib/follows/mutations';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { followSchema } from '@/lib/validation/follow';
import { formDataOf, parseHandle } from '@/lib/validation/params';
import { banMessage } from '@/lib/moderation/ban-message';

import { type ActionResult, failure, type FailureReason, success } from './result';

export type FollowResult = ActionResult<{ following: boolean }>;

const REFUSALS = {
  'not-found': { reason: 'not-found', message: 'This member is no longer on Verdict.' },
  self: { reason: 'forbidden', message: 'You can’t follow yourself.' },
  // A member who blocked the follower; the words do not say so.
  closed: { reason: 'forbidden', message: 'You can’t follow this member.' },
} as const satisfies Record<string, { reason: FailureReason; message: string }>;

/**
 * Follows or unfollows the member (bound: their handle and the page to come
 * back to, read like any other input). Signed out, the reader signs in and
 * returns to that page.
 */
export async function followMemberAction(handle: unknown, returnTo: unknown, formData: FormData): Promise<FollowResult> {
  const path = safeReturnPath(returnTo);
  const viewer = await requireMember(path);
  if (viewer.ban) return failure('forbidden', banMessage(viewer.ban));
  const member = parseHandle(handle);
  if (!member) return failure(REFUSALS['not-found'].reason, REFUSALS['not-found'].message);
  const parsed = followSchema.safeParse({ following: formDataOf(formData).get('following') });
  if (!parsed.success) return failure('invalid', 'That could not be read. Please try again.');

  const budget = await consume('follow', viewer.id);
  if (!budget.allowed) return failure('throttled', throttledMessage('follow', budget.retryAfterSeconds));

  const outcome = await setFollowing({ actor: viewer, handle: member, following: parsed.data.following });
  if (!outcome.ok) return failure(REFUSALS[outcome.reason].reason, REFUSALS[outcome.reason].message);

  revalidatePath(path);
  revalidatePath('/');
  return success({ following: outcome.following });
}
