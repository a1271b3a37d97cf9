'use client';

import { useOptimistic, useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { MuteToggleResult } from '@/lib/actions/muting';

export interface MuteToggleProps {
  /** muteMemberAction or blockMemberAction, bound to the member's handle and the page to come back to. */
  action: (formData: FormData) => Promise<MuteToggleResult>;
  on: boolean;
  /** The button's words while off and while on: "Mute"/"Unmute", "Block"/"Unblock". */
  labels: { off: string; on: string };
  className?: string;
}

/**
 * "Mute"/"Unmute" or "Block"/"Unblock" on a profile: the word says what a
 * press does, like Follow/Unfollow, so no `aria-pressed` doubles it.
 * A plain form post without JavaScript; with it, the button changes at once
 * and settles on the server's answer. The form sends the state wanted, so
 * pressing twice never does something else.
 */
export function MuteToggle({ action, on, labels, className }: MuteToggleProps) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const [shown, show] = useOptimistic(on, (_current, next: boolean) => next);

  async function submit(formData: FormData) {
    show(formData.get('on') === 'true');
    const result = await action(formData);
    setMessage(result.ok ? null : result.message);
  }

  // Without JavaScript the server action is the form's action as it is; its answer is the re-rendered page.
  const plainPost = action as unknown as (formData: FormData) => Promise<void>;
  return (
    <form action={hydrated ? submit : plainPost} className={cx('relative z-10 inline-flex items-center gap-3', className)}>
      <input type="hidden" name="on" value={String(!shown)} />
      <button type="submit" aria-busy={shown !== on || undefined} className={cx(buttonClasses('secondary', 'sm'), 'min-w-24')}>
        {shown ? labels.on : labels.off}
      </button>
      <span role="status" className="text-sm text-danger empty:hidden">
        {message}
      </span>
    </form>
  );
}
