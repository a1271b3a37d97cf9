import { z } from 'zod';

import type { WatchlistSort } from './types';

export const WATCHLIST_SORTS = ['added', 'year', 'rating'] as const satisfies readonly WatchlistSort[];

/** `?sort=` on a watchlist: anything unknown reads as the newest additions first. */
export function parseWatchlistSort(value: unknown): WatchlistSort {
  const parsed = z.enum(WATCHLIST_SORTS).safeParse(value);
  return parsed.success ? parsed.data : 'added';
}

/** What the Watchlist toggle sends: the state wanted, so pressing twice never does something else. */
export const watchlistToggleSchema = z.object({
  wanted: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
