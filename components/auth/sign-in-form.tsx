'use client';

import { useActionState } from 'react';

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
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;

  return (
    <AuthForm
      action={formAction}
      pending={pending}
      message={failed?.message ?? notice}
      callbackUrl={callbackUrl}
      submit={{ label: 'Sign in', pendingLabel: 'Signing in…' }}
      other={{ prompt: 'New to Verdict?', label: 'Create an account', path: '/signup' }}
    >
      <CredentialFields email={failed?.values.email} errors={failed?.fieldErrors} passwordAutoComplete="current-password" />
    </AuthForm>
  );
}
