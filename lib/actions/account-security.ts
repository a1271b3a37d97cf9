'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';

import { keepThisSession } from '@/lib/auth/keep-session';
import { requireMember } from '@/lib/auth/viewer';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { siteUrl } from '@/lib/seo/site-url';
import { changePassword, endOtherSessions } from '@/lib/sessions/mutations';
import { type ChangePasswordField, changePasswordSchema } from '@/lib/validation/account';
import { formDataOf, formText } from '@/lib/validation/params';

import { type ActionResult, failure } from './result';

export type ChangePasswordState = ActionResult<undefined, ChangePasswordField> | null;

/**
 * "Change password" (or, for a member who has none, setting the first one).
 * Every other session ends on its next request; this one is re-issued at the
 * new session version and stays signed in. Success redirects: the page must
 * be rendered by a request that carries the new cookie, which the action's
 * own request does not.
 */
export async function changePasswordAction(_previous: ChangePasswordState, submitted: FormData): Promise<ChangePasswordState> {
  const viewer = await requireMember('/settings');
  const formData = formDataOf(submitted);
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formText(formData, 'currentPassword'),
    newPassword: formText(formData, 'newPassword'),
  });
  if (!parsed.success)
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors);

  const throttle = await consume('passwordChange', viewer.id);
  if (!throttle.allowed) return failure('throttled', throttledMessage('passwordChange', throttle.retryAfterSeconds));

  const changed = await changePassword({ actor: viewer, ...parsed.data, origin: await siteUrl() });
  if (!changed.ok) {
    return changed.reason === 'wrong-password'
      ? failure('unauthenticated', 'Please correct the highlighted fields.', {
          currentPassword: ['That is not your current password.'],
        })
      : failure('not-found', 'This account no longer exists.');
  }
  await keepThisSession(viewer.id, changed.sessionVersion);
  redirect('/settings?changed=password#security-heading');
}

export type SignOutEverywhereState = ActionResult<undefined, never> | null;

/** "Sign out everywhere": every session but this one ends on its next request (redirecting, as above). */
export async function signOutEverywhereAction(_previous: SignOutEverywhereState): Promise<SignOutEverywhereState> {
  const viewer = await requireMember('/settings');
  const version = await endOtherSessions({ actor: viewer });
  if (version === null) return failure('not-found', 'This account no longer exists.');
  await keepThisSession(viewer.id, version);
  redirect('/settings?changed=sessions#security-heading');
}
