'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { resetPasswordAction } from '@/lib/actions/password-reset';

/** "New password" and "Reset password", for the link's secret; a password is never sent back to the form. */
export function ResetPasswordForm({ action, token }: { action: typeof resetPasswordAction; token: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage tone="error" message={failed?.message} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. Every session of your account is signed out."
        error={failed?.fieldErrors.password}
      />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? 'Resetting…' : 'Reset password'}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        <Link className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong" href="/forgot-password">
          Ask for a new reset link
        </Link>
      </p>
    </form>
  );
}
