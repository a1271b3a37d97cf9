'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';

import { clientAddress } from '@/lib/auth/client-address';
import { oauthProviders } from '@/lib/env';
import { signIn, signOut } from '@/lib/auth/config';
import { safeReturnPath } from '@/lib/auth/viewer';
import { check, consume, reset, retryMessage } from '@/lib/rate-limit';
import { createMember } from '@/lib/users/accounts';
import { signInSchema, signUpSchema } from '@/lib/validation/auth';

import { type ActionResult, failure } from './result';

type SignInField = 'email' | 'password';
type SignUpField = 'email' | 'password' | 'handle' | 'displayName';

const WRONG_CREDENTIALS = 'That email and password do not match an account. Check them and try again.';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

export async function signInAction(
  _previous: ActionResult<undefined, SignInField> | null,
  formData: FormData,
): Promise<ActionResult<undefined, SignInField>> {
  const values = { email: text(formData, 'email') };
  const parsed = signInSchema.safeParse({ email: values.email, password: text(formData, 'password') });
  if (!parsed.success) {
    return failure('Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  const key = `${await clientAddress()}:${parsed.data.email}`;
  const throttle = await check('signInFailures', key);
  if (!throttle.allowed) return failure(retryMessage(throttle.retryAfterSeconds), {}, values);

  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnPath(formData.get('callbackUrl')),
    });
  } catch (error) {
    // A successful sign-in "throws" Next's redirect, which must pass through.
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      await consume('signInFailures', key);
      return failure(WRONG_CREDENTIALS, {}, values);
    }
    throw error;
  }
  await reset('signInFailures', key);
  return { ok: true, data: undefined };
}

export async function signUpAction(
  _previous: ActionResult<undefined, SignUpField> | null,
  formData: FormData,
): Promise<ActionResult<undefined, SignUpField>> {
  const values = {
    email: text(formData, 'email'),
    handle: text(formData, 'handle'),
    displayName: text(formData, 'displayName'),
  };
  const parsed = signUpSchema.safeParse({ ...values, password: text(formData, 'password') });
  if (!parsed.success) {
    return failure('Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  const throttle = await consume('signUp', await clientAddress());
  if (!throttle.allowed) return failure(retryMessage(throttle.retryAfterSeconds), {}, values);

  const created = await createMember(parsed.data);
  if (!created.ok) {
    return created.conflict === 'email'
      ? failure('Please correct the highlighted fields.', { email: ['An account with this email already exists. Sign in instead.'] }, values)
      : failure('Please correct the highlighted fields.', { handle: ['That handle is taken. Try another.'] }, values);
  }

  await signIn('credentials', {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeReturnPath(formData.get('callbackUrl')),
  });
  return { ok: true, data: undefined };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

const oauthProviderSchema = z.enum(['github', 'google']);

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = oauthProviderSchema.safeParse(formData.get('provider'));
  if (!provider.success || !oauthProviders()[provider.data]) return;
  await signIn(provider.data, { redirectTo: safeReturnPath(formData.get('callbackUrl')) });
}
