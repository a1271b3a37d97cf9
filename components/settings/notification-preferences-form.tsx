'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { saveNotificationPreferencesAction } from '@/lib/actions/notifications';
import type { NotificationPreference, NotificationPreferences } from '@/lib/notifications/types';

const CHOICES: Array<{ name: NotificationPreference; label: string; hint: string }> = [
  { name: 'notifyReplies', label: 'Replies', hint: 'Someone answers your review or comment.' },
  { name: 'notifyMentions', label: 'Mentions', hint: 'Someone writes your @handle.' },
  { name: 'notifyBadges', label: 'Badges', hint: 'You earn a badge. You keep earning them either way.' },
  { name: 'notifyMilestones', label: 'Upvote milestones', hint: 'A review of yours reaches 10, 50, 100… upvotes.' },
  { name: 'notifyFollows', label: 'New followers', hint: 'Someone starts following you.' },
];

export function NotificationPreferencesForm({
  action,
  initial,
}: {
  action: typeof saveNotificationPreferencesAction;
  initial: NotificationPreferences;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage tone="success" message={state?.ok ? state.message : null} />
      <fieldset>
        <legend className="mb-3 text-sm font-semibold text-ink">Tell me when</legend>
        <div className="space-y-3">
          {CHOICES.map((choice) => (
            <label key={choice.name} className="flex items-start gap-3">
              <input
                type="checkbox"
                name={choice.name}
                defaultChecked={initial[choice.name]}
                aria-describedby={`${choice.name}-hint`}
                className="mt-1 size-4 accent-[var(--color-accent)]"
              />
              <span>
                <span className="block font-medium text-ink">{choice.label}</span>
                <span id={`${choice.name}-hint`} className="block text-sm text-ink-muted">
                  {choice.hint}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary" pending={pending}>
        {pending ? 'Saving…' : 'Save notification choices'}
      </Button>
    </form>
  );
}
