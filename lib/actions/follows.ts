'use server';

import { revalidatePath } from 'next/cache';

import { requireUser, safeReturnPath } from '@/lib/auth/viewer';
import { setFollowing } from '@/lib/follows/mutations';
import { consume, retryMessage } from '@/lib/rate-limit';
import { followSchema } from '@/lib/validation/follow';
import { formDataOf, parseHandle } from '@/lib/validation/params';

export type FollowResult = { ok: true; following: boolean } | { ok: false; message: string };

const REFUSALS = {
  'not-found': 'This member is no longer on Verdict.',
  self: 'You can’t follow yourself.',
} as const;

/**
 * Follows or unfollows the member (bound: their handle and the page to come
 * back to, read like any other input). Signed out, the reader signs in and
 * returns to that page.
 */
export async function followMemberAction(handle: unknown, returnTo: unknown, formData: FormData): Promise<FollowResult> {
  const path = safeReturnPath(returnTo);
  const viewer = await requireUser(path);
  const member = parseHandle(handle);
  if (!member) return { ok: false, message: REFUSALS['not-found'] };
  const parsed = followSchema.safeParse({ following: formDataOf(formData).get('following') });
  if (!parsed.success) return { ok: false, message: 'That could not be read. Please try again.' };

  const budget = await consume('follow', viewer.id);
  if (!budget.allowed) return { ok: false, message: retryMessage(budget.retryAfterSeconds) };

  const outcome = await setFollowing({ actor: viewer, handle: member, following: parsed.data.following });
  if (!outcome.ok) return { ok: false, message: REFUSALS[outcome.reason] };

  revalidatePath(path);
  revalidatePath('/');
  return { ok: true, following: outcome.following };
}
