'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { unsubscribeAction } from '@/lib/actions/mail-preferences';

/**
 * The button an unsubscribe link leads to. A link alone never unsubscribes
 * (mail scanners open links); this form does, signed in or not, with or
 * without JavaScript.
 */
export function UnsubscribeForm({ action, token }: { action: typeof unsubscribeAction; token: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) return <FormMessage tone="success" message={state.message} />;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage tone="error" message={state?.message} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Unsubscribing…' : 'Unsubscribe'}
      </Button>
    </form>
  );
}
