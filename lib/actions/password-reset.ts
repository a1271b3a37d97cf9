'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';

import { clientAddress } from '@/lib/auth/client-address';
import { checkResetLink } from '@/lib/password-reset/queries';
import { requestPasswordReset, resetPassword } from '@/lib/password-reset/mutations';
import { consume, refund, throttledMessage } from '@/lib/rate-limit';
import { siteUrl } from '@/lib/seo/site-url';
import { TOKEN_PROBLEMS } from '@/lib/tokens/messages';
import {
  type ForgotPasswordField,
  forgotPasswordSchema,
  type ResetPasswordField,
  resetPasswordSchema,
} from '@/lib/validation/account';
import { formDataOf, formText } from '@/lib/validation/params';

import { type ActionResult, failure, success } from './result';

export type ForgotPasswordState = ActionResult<undefined, ForgotPasswordField> | null;

/**
 * "Send reset link". The answer is the same whether or not the address has an
 * account; both throttles count every request, so neither does a wait.
 */
export async function requestPasswordResetAction(
  _previous: ForgotPasswordState,
  submitted: FormData,
): Promise<ForgotPasswordState> {
  const formData = formDataOf(submitted);
  const values = { email: formText(formData, 'email') };
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  const address = await clientAddress();
  const byAddress = await consume('passwordResetAddress', address);
  if (!byAddress.allowed) {
    return failure('throttled', throttledMessage('passwordResetAddress', byAddress.retryAfterSeconds), {}, values);
  }
  const byAccount = await consume('passwordResetAccount', parsed.data.email);
  if (!byAccount.allowed) {
    await refund('passwordResetAddress', address);
    return failure('throttled', throttledMessage('passwordResetAccount', byAccount.retryAfterSeconds), {}, values);
  }

  await requestPasswordReset({ email: parsed.data.email, origin: await siteUrl() });
  return success(
    undefined,
    `If an account uses ${parsed.data.email}, a link to reset its password is on its way. It works for one hour.`,
  );
}

export type ResetPasswordState = ActionResult<undefined, ResetPasswordField> | null;

/** "Reset password": spends the link, sets the password, ends every session, then asks to sign in. */
export async function resetPasswordAction(_previous: ResetPasswordState, submitted: FormData): Promise<ResetPasswordState> {
  const formData = formDataOf(submitted);
  const parsed = resetPasswordSchema.safeParse({ token: formText(formData, 'token'), password: formText(formData, 'password') });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return failure('invalid', TOKEN_PROBLEMS['reset-password'].invalid);
    return failure('invalid', 'Please correct the highlighted fields.', fieldErrors);
  }
  // Checked before the new password is hashed, so made-up links cost no hashing.
  const link = await checkResetLink(parsed.data.token);
  if (!link.ok) return failure('not-found', TOKEN_PROBLEMS['reset-password'][link.problem]);

  const reset = await resetPassword({ secret: parsed.data.token, password: parsed.data.password, origin: await siteUrl() });
  if (!reset.ok) return failure('not-found', TOKEN_PROBLEMS['reset-password'][reset.problem]);
  redirect('/signin?reset=done');
}
