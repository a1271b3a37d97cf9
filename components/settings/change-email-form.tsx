'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { changeEmailAction } from '@/lib/actions/verification';

/** A new address takes effect only once it confirms by the link mailed to it. */
export function ChangeEmailForm({ action }: { action: typeof changeEmailAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone={failed ? 'error' : 'success'} message={state?.message} />
      <Field
        key={failed ? 'failed' : 'sent'}
        name="email"
        id="new-email"
        label="New email address"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values.email}
        error={failed?.fieldErrors.email}
      />
      <Button type="submit" variant="secondary" pending={pending}>
        {pending ? 'Sending…' : 'Change email'}
      </Button>
    </form>
  );
}
