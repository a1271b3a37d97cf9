'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { deleteAccountAction } from '@/lib/actions/settings';

const CHOICES = [
  { value: 'keep', label: 'Keep my reviews and comments, signed “[deleted member]”' },
  { value: 'remove', label: 'Remove my reviews and comments' },
] as const;

/** Deleting an account: a choice about one's writing and the password again; nothing happens without both. */
export function DeleteAccountForm({ action }: { action: typeof deleteAccountAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const contentError = failed?.fieldErrors.content;
  const chosen = failed?.values.content ?? 'keep';

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone="error" message={failed?.message} />
      <fieldset aria-describedby={contentError ? 'content-error' : undefined}>
        <legend className="mb-2 text-sm font-semibold text-ink">Your reviews and comments</legend>
        <div className="space-y-2">
          {CHOICES.map((choice) => (
            <label key={choice.value} className="flex items-start gap-3 text-[0.9375rem] text-ink">
              <input
                type="radio"
                name="content"
                value={choice.value}
                defaultChecked={chosen === choice.value}
                className="mt-1 size-4 accent-[var(--color-danger)]"
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
        <p id="content-error" aria-live="polite" className="mt-1.5 text-sm font-medium text-danger">
          {contentError?.[0]}
        </p>
      </fieldset>
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        hint="Your upvotes and follows are removed either way. This cannot be undone."
        error={failed?.fieldErrors.password}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Deleting…' : 'Delete my account'}
      </Button>
    </form>
  );
}
