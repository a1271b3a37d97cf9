'use client';

import { useOptimistic, useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { WatchlistResult } from '@/lib/actions/watchlist';

export interface WatchlistToggleProps {
  /** setWatchlistAction bound to the film's slug. */
  action: (formData: FormData) => Promise<WatchlistResult>;
  onWatchlist: boolean;
  /** How many members have the film on their watchlist. */
  wanting: number;
}

const wantingText = (wanting: number) =>
  wanting === 1 ? '1 member wants to watch' : `${wanting.toLocaleString('en')} members want to watch`;

/**
 * "Watchlist", pressed while the film is on the member's watchlist, with how
 * many members want to watch it. A plain form post without JavaScript; with
 * it, the button changes at once and settles on the server's answer.
 */
export function WatchlistToggle({ action, onWatchlist, wanting }: WatchlistToggleProps) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const [shown, show] = useOptimistic(
    { onWatchlist, wanting },
    (_current, next: { onWatchlist: boolean; wanting: number }) => next,
  );

  async function toggle(formData: FormData) {
    const wanted = formData.get('wanted') === 'true';
    show({ onWatchlist: wanted, wanting: Math.max(0, shown.wanting + (wanted ? 1 : -1)) });
    const result = await action(formData);
    setMessage(result.ok ? null : result.message);
  }

  const plainPost = action as unknown as (formData: FormData) => Promise<void>;
  return (
    <form action={hydrated ? toggle : plainPost} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="wanted" value={String(!shown.onWatchlist)} />
      <button
        type="submit"
        aria-pressed={shown.onWatchlist}
        aria-busy={shown.onWatchlist !== onWatchlist || undefined}
        className={cx(buttonClasses(shown.onWatchlist ? 'primary' : 'secondary', 'sm'))}
      >
        {/* One text node: a flex item per part would put a space before the comma in the button's name. */}
        {`Watchlist, ${wantingText(shown.wanting)}`}
      </button>
      <span role="status" className="text-sm text-danger empty:hidden">
        {message}
      </span>
    </form>
  );
}
