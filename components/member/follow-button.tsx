'use client';

import { useOptimistic, useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { FollowResult } from '@/lib/actions/follows';

export interface FollowButtonProps {
  /** followMemberAction bound to the member's handle and the page to come back to. */
  action: (formData: FormData) => Promise<FollowResult>;
  following: boolean;
  className?: string;
}

/**
 * "Follow" / "Unfollow". A plain form post without JavaScript; with it, the
 * button changes at once and settles on the server's answer. The form sends
 * the state wanted, so pressing twice never does something else.
 */
export function FollowButton({ action, following, className }: FollowButtonProps) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const [shown, show] = useOptimistic(following, (_current, next: boolean) => next);

  async function follow(formData: FormData) {
    show(formData.get('following') === 'true');
    const result = await action(formData);
    setMessage(result.ok ? null : result.message);
  }

  // Without JavaScript the server action is the form's action as it is; its answer is the re-rendered page.
  const plainPost = action as unknown as (formData: FormData) => Promise<void>;
  return (
    <form action={hydrated ? follow : plainPost} className={cx('relative z-10 inline-flex items-center gap-3', className)}>
      <input type="hidden" name="following" value={String(!shown)} />
      <button
        type="submit"
        aria-busy={shown !== following || undefined}
        className={cx(buttonClasses(shown ? 'secondary' : 'primary', 'sm'), 'min-w-28')}
      >
        {shown ? 'Unfollow' : 'Follow'}
      </button>
      <span role="status" className="text-sm text-danger empty:hidden">
        {message}
      </span>
    </form>
  );
}
