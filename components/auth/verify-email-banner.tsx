'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import type { resendVerificationAction } from '@/lib/actions/verification';

/**
 * Shown on every page to a member whose address is not verified yet. They
 * can read, vote and comment meanwhile; the banner offers a new link.
 */
export function VerifyEmailBanner({ email, action }: { email: string; action: typeof resendVerificationAction }) {
  const [state, formAction, pending] = useActionState(action, null);

  return (
    <aside aria-label="Verify your address" className="border-b border-line bg-sunken">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 text-sm text-ink">
        <p>
          Please verify your email address: open the link we sent to <span className="font-medium">{email}</span>.
        </p>
        <form action={formAction}>
          <Button type="submit" variant="secondary" size="sm" pending={pending}>
            {pending ? 'Sending…' : 'Send a new link'}
          </Button>
        </form>
        <p aria-live="polite" className={state && !state.ok ? 'font-medium text-danger' : 'text-ink-muted'}>
          {state?.message}
        </p>
      </div>
    </aside>
  );
}
