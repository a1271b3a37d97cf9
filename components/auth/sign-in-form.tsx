'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { signInAction } from '@/lib/actions/auth';

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
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage tone="error" message={failed?.message ?? notice} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values.email}
        error={failed?.fieldErrors.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={failed?.fieldErrors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        New to Verdict?{' '}
        <Link
          className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong"
          href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
