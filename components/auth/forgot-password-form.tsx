'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { requestPasswordResetAction } from '@/lib/actions/password-reset';

/** "Email" and "Send reset link"; the answer reads the same whether or not the address has an account. */
export function ForgotPasswordForm({ action }: { action: typeof requestPasswordResetAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage tone={failed ? 'error' : 'success'} message={state?.message} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values.email}
        error={failed?.fieldErrors.email}
      />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? 'Sending…' : 'Send reset link'}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        Remembered it?{' '}
        <Link className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong" href="/signin">
          Sign in
        </Link>
      </p>
    </form>
  );
}
