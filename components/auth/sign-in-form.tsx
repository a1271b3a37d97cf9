'use client';

import Link from 'next/link';

import type { signInAction } from '@/lib/actions/auth';

import { AuthForm, CredentialFields } from './auth-form';

/** `notice` is why an earlier attempt, made elsewhere, failed: shown until the form answers for itself. */
export function SignInForm({
  action,
  callbackUrl,
  notice,
}: {
  action: typeof signInAction;
  callbackUrl: string;
  notice?: string;
}) {
  return (
    <AuthForm
      action={action}
      notice={notice}
      callbackUrl={callbackUrl}
      submit={{ label: 'Sign in', pendingLabel: 'Signing in…' }}
      other={{ prompt: 'New to Verdict?', label: 'Create an account', path: '/signup' }}
    >
      {(failed) => (
        <>
          <CredentialFields email={failed?.values.email} errors={failed?.fieldErrors} passwordAutoComplete="current-password" />
          <p className="text-sm">
            <Link
              className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong"
              href="/forgot-password"
            >
              Forgot your password?
            </Link>
          </p>
        </>
      )}
    </AuthForm>
  );
}
