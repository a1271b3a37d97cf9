'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { requireMember } from '@/lib/auth/viewer';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { siteUrl } from '@/lib/seo/site-url';
import { type ChangeEmailField, changeEmailSchema } from '@/lib/validation/account';
import { formDataOf, formText } from '@/lib/validation/params';
import { requestEmailChange, resendVerification } from '@/lib/verification/mutations';

import { type ActionResult, failure, success } from './result';

export type ResendVerificationState = ActionResult<undefined, never> | null;

/** The banner's "Send a new link": a fresh verification mail to the member's address. */
export async function resendVerificationAction(_previous: ResendVerificationState): Promise<ResendVerificationState> {
  const viewer = await requireMember('/');
  const throttle = await consume('verificationMail', viewer.id);
  if (!throttle.allowed) return failure('throttled', throttledMessage('verificationMail', throttle.retryAfterSeconds));
  const sent = await resendVerification({ actor: viewer, origin: await siteUrl() });
  if (!sent.ok) {
    return sent.reason === 'already-verified'
      ? success(undefined, 'Your address is already verified.')
      : failure('not-found', 'Your account has no email address to verify.');
  }
  return success(undefined, `A new link is on its way to ${sent.email}. It works for 24 hours.`);
}

export type ChangeEmailState = ActionResult<undefined, ChangeEmailField> | null;

/** "Change email": the new address must confirm before it is used, and the old one is told. */
export async function changeEmailAction(_previous: ChangeEmailState, submitted: FormData): Promise<ChangeEmailState> {
  const viewer = await requireMember('/settings');
  const values = { email: formText(formDataOf(submitted), 'email') };
  const parsed = changeEmailSchema.safeParse(values);
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  const throttle = await consume('verificationMail', viewer.id);
  if (!throttle.allowed)
    return failure('throttled', throttledMessage('verificationMail', throttle.retryAfterSeconds), {}, values);
  const requested = await requestEmailChange({ actor: viewer, newEmail: parsed.data.email, origin: await siteUrl() });
  if (!requested.ok) {
    return requested.reason === 'same-address'
      ? failure('conflict', 'Please correct the highlighted fields.', { email: ['That is already your address.'] }, values)
      : failure('not-found', 'This account no longer exists.', {}, values);
  }
  revalidatePath('/settings');
  return success(undefined, `To finish, open the link we sent to ${parsed.data.email}. Until then your address stays as it is.`);
}
