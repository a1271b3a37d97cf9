'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';

import { clientAddress } from '@/lib/auth/client-address';
import { signIn, signOut } from '@/lib/auth/config';
import { secondsUntilNextAttempt } from '@/lib/auth/password-attempts';
import { safeReturnPath } from '@/lib/auth/return-path';
import { oauthProviders } from '@/lib/env';
import { consume, throttledMessage, waitMessage } from '@/lib/rate-limit';
import { siteUrl } from '@/lib/seo/site-url';
import { signInSchema, signUpSchema } from '@/lib/validation/auth';
import { formDataOf, formText } from '@/lib/validation/params';
import { createMemberWithVerification } from '@/lib/verification/mutations';

import { type ActionResult, failure, type FailureReason, success } from './result';

type SignInField = 'email' | 'password';
type SignUpField = 'email' | 'password' | 'handle' | 'displayName';

const WRONG_CREDENTIALS = 'That email and password do not match an account. Check them and try again.';
const EMAIL_IN_USE = 'This email cannot be used for a new account. If you already have one, sign in with it instead.';

type SignInRefusal = { reason: Extract<FailureReason, 'unauthenticated' | 'throttled'>; message: string };

/**
 * Signs in with the password through Auth.js, whose Credentials provider
 * spends the per-account and per-address budgets (lib/auth/password-attempts.ts).
 * Returns why it failed; on success Next's redirect "throws" through.
 */
async function signInWithPassword(
  email: string,
  password: string,
  callbackUrl: FormDataEntryValue | null,
): Promise<SignInRefusal> {
  try {
    await signIn('credentials', { email, password, redirectTo: safeReturnPath(callbackUrl) });
  } catch (error) {
    if (!(error instanceof AuthError) || error.type !== 'CredentialsSignin') throw error;
    if ((error as { code?: string }).code !== 'throttled') return { reason: 'unauthenticated', message: WRONG_CREDENTIALS };
    const seconds = await secondsUntilNextAttempt({ email, address: await clientAddress() });
    return { reason: 'throttled', message: `Too many sign-in attempts. ${waitMessage(seconds)}` };
  }
  throw new Error('signIn returned without redirecting');
}

export async function signInAction(
  _previous: ActionResult<undefined, SignInField> | null,
  submitted: FormData,
): Promise<ActionResult<undefined, SignInField>> {
  const formData = formDataOf(submitted);
  const values = { email: formText(formData, 'email') };
  const parsed = signInSchema.safeParse({ email: values.email, password: formData.get('password') });
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }
  const refused = await signInWithPassword(parsed.data.email, parsed.data.password, formData.get('callbackUrl'));
  return failure(refused.reason, refused.message, {}, values);
}

export async function signUpAction(
  _previous: ActionResult<undefined, SignUpField> | null,
  submitted: FormData,
): Promise<ActionResult<undefined, SignUpField>> {
  const formData = formDataOf(submitted);
  const values = {
    email: formText(formData, 'email'),
    handle: formText(formData, 'handle'),
    displayName: formText(formData, 'displayName'),
  };
  const parsed = signUpSchema.safeParse({ ...values, password: formData.get('password') });
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  const throttle = await consume('signUp', await clientAddress());
  if (!throttle.allowed) return failure('throttled', throttledMessage('signUp', throttle.retryAfterSeconds), {}, values);

  const created = await createMemberWithVerification(parsed.data, await siteUrl());
  if (!created.ok && created.conflict === 'handle') {
    return failure(
      'conflict',
      'Please correct the highlighted fields.',
      { handle: ['That handle is taken. Try another.'] },
      values,
    );
  }
  if (!created.ok) {
    // Someone signing up again with their own email and password is simply
    // signed in. Anyone else learns nothing a sign-in attempt would not
    // tell them, and this path spends the same password budgets, so it is
    // no way around them.
    const refused = await signInWithPassword(parsed.data.email, parsed.data.password, formData.get('callbackUrl'));
    return refused.reason === 'unauthenticated'
      ? failure('conflict', EMAIL_IN_USE, {}, values)
      : failure(refused.reason, refused.message, {}, values);
  }

  await signIn('credentials', {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeReturnPath(formData.get('callbackUrl')),
  });
  return success(undefined);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

const oauthProviderSchema = z.enum(['github', 'google']);

export async function oauthSignInAction(submitted: FormData): Promise<void> {
  const formData = formDataOf(submitted);
  const provider = oauthProviderSchema.safeParse(formData.get('provider'));
  if (!provider.success || !oauthProviders()[provider.data]) return;
  await signIn(provider.data, { redirectTo: safeReturnPath(formData.get('callbackUrl')) });
}
