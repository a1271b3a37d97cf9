'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { signOutEverywhereAction } from '@/lib/actions/account-security';

/** "Sign out everywhere": ends every other session on its next request; this browser stays signed in. */
export function SignOutEverywhereForm({ action, notice }: { action: typeof signOutEverywhereAction; notice?: string }) {
  const [state, formAction, pending] = useActionState(action, null);

  return (
    <form action={formAction} className="space-y-4">
      <FormMessage tone={state && !state.ok ? 'error' : 'success'} message={state?.message ?? notice} />
      <Button type="submit" variant="secondary" pending={pending}>
        {pending ? 'Signing out…' : 'Sign out everywhere'}
      </Button>
    </form>
  );
}
