'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { signUpAction } from '@/lib/actions/auth';

export function SignUpForm({ action, callbackUrl }: { action: typeof signUpAction; callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage tone="error" message={failed?.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="displayName"
        label="Display name"
        autoComplete="name"
        required
        hint="How your name appears on reviews. You can change it later."
        defaultValue={failed?.values.displayName}
        error={failed?.fieldErrors.displayName}
      />
      <Field
        name="handle"
        label="Handle"
        autoComplete="username"
        required
        hint="Your address on Verdict: /u/handle. 3–30 letters, numbers, hyphens or underscores."
        defaultValue={failed?.values.handle}
        error={failed?.fieldErrors.handle}
      />
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
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={failed?.fieldErrors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating your account…' : 'Sign up'}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        Already a member?{' '}
        <Link
          className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong"
          href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
