'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { changePasswordAction } from '@/lib/actions/account-security';

/**
 * "Current password", "New password", "Change password". A member who signed
 * up with GitHub or Google has no current password and sets a first one.
 * Passwords are never sent back, so after an error both fields start empty.
 */
export function ChangePasswordForm({
  action,
  hasPassword,
  notice,
}: {
  action: typeof changePasswordAction;
  hasPassword: boolean;
  /** What the last change did, said after the redirect that follows it. */
  notice?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone={failed ? 'error' : 'success'} message={state?.message ?? notice} />
      {hasPassword ? (
        <Field
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          error={failed?.fieldErrors.currentPassword}
        />
      ) : null}
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. Every other session of your account is signed out."
        error={failed?.fieldErrors.newPassword}
      />
      <Button type="submit" pending={pending}>
        {pending ? 'Saving…' : hasPassword ? 'Change password' : 'Set password'}
      </Button>
    </form>
  );
}
