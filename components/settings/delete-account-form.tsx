'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { describedBy, FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import type { deleteAccountAction } from '@/lib/actions/settings';

const CHOICES = [
  { value: 'keep', label: 'Keep my reviews and comments, signed “[deleted member]”' },
  { value: 'remove', label: 'Remove my reviews and comments' },
] as const;

const HINT = 'Your upvotes and follows are removed either way. This cannot be undone.';

/**
 * Deleting an account: a choice about one's writing and a confirmation;
 * nothing happens without both. Members with a password give it again;
 * members who only sign in with GitHub or Google have none, so they type
 * their handle.
 */
export function DeleteAccountForm({
  action,
  confirmWith,
  handle,
}: {
  action: typeof deleteAccountAction;
  confirmWith: 'password' | 'handle';
  handle: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const contentError = failed?.fieldErrors.content;
  const chosen = failed?.values.content ?? 'keep';

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone="error" message={failed?.message} />
      <fieldset aria-describedby={describedBy('content', { hint: false, errors: contentError })}>
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
        <FieldError id="content-error" errors={contentError} />
      </fieldset>
      {confirmWith === 'password' ? (
        <Field
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          hint={HINT}
          error={failed?.fieldErrors.password}
        />
      ) : (
        <Field
          id="confirm-handle"
          name="handle"
          label="Handle"
          autoComplete="off"
          required
          defaultValue={failed?.values.handle}
          hint={`Type your handle, ${handle}, to confirm. ${HINT}`}
          error={failed?.fieldErrors.handle}
        />
      )}
      <Button type="submit" variant="danger" pending={pending}>
        {pending ? 'Deleting…' : 'Delete my account'}
      </Button>
    </form>
  );
}
