'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { saveMailPreferencesAction } from '@/lib/actions/mail-preferences';
import type { MailCadence, MailPreferences, MailTopic } from '@/lib/notification-mail/types';

const TOPICS: Array<{ topic: MailTopic; label: string; hint: string }> = [
  { topic: 'replies', label: 'Email about replies', hint: 'Someone answers your review or comment.' },
  { topic: 'mentions', label: 'Email about mentions', hint: 'Someone writes your @handle.' },
  { topic: 'badges', label: 'Email about badges', hint: 'You earn a badge.' },
  { topic: 'followed-reviews', label: 'Email about new reviews', hint: 'A member you follow publishes a review.' },
];

const CADENCES: Array<{ cadence: MailCadence; label: string }> = [
  { cadence: 'off', label: 'Off' },
  { cadence: 'immediate', label: 'Immediately' },
  { cadence: 'daily', label: 'Daily digest' },
];

/**
 * Notification mail, topic by topic: none, one mail each time, or one
 * digest a day. Plain radio buttons, so it works without JavaScript; a
 * refused choice keeps every choice made.
 */
export function MailPreferencesForm({
  action,
  initial,
  email,
  verified,
}: {
  action: typeof saveMailPreferencesAction;
  initial: MailPreferences;
  email: string | null;
  verified: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage tone="error" message={failed?.message} />
      <FormMessage tone="success" message={state?.ok ? state.message : null} />
      <p className="text-sm text-ink-muted">
        {email ? (
          <>
            Mail goes to <span className="font-medium text-ink">{email}</span>
            {verified ? '' : ' once you verify it'}. Every mail has a link that stops it in one click.
          </>
        ) : (
          'Your account has no email address, so Verdict cannot mail you.'
        )}
      </p>
      {TOPICS.map(({ topic, label, hint }) => {
        const chosen = failed?.values[topic] ?? initial[topic];
        const error = failed?.fieldErrors[topic]?.[0];
        return (
          <fieldset key={topic} aria-describedby={`mail-${topic}-hint mail-${topic}-error`}>
            <legend className="text-sm font-semibold text-ink">{label}</legend>
            <p id={`mail-${topic}-hint`} className="mb-2 text-sm text-ink-muted">
              {hint}
            </p>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {CADENCES.map(({ cadence, label: cadenceLabel }) => (
                <label key={cadence} className="flex items-center gap-2 text-[0.9375rem] text-ink">
                  <input
                    type="radio"
                    name={topic}
                    value={cadence}
                    defaultChecked={chosen === cadence}
                    className="size-4 accent-[var(--color-accent)]"
                  />
                  {cadenceLabel}
                </label>
              ))}
            </div>
            <p id={`mail-${topic}-error`} aria-live="polite" className="mt-1.5 text-sm font-medium text-danger">
              {error}
            </p>
          </fieldset>
        );
      })}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save email choices'}
      </Button>
    </form>
  );
}
