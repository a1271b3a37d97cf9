'use server';

import { revalidatePath } from 'next/cache';

import { requireMember, safeReturnPath } from '@/lib/auth/viewer';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { setOnWatchlist } from '@/lib/watchlist/mutations';
import { watchlistToggleSchema } from '@/lib/watchlist/params';
import { formDataOf, parseFilmSlug } from '@/lib/validation/params';

import { type ActionResult, failure, success } from './result';

export type WatchlistResult = ActionResult<{ onWatchlist: boolean; wanting: number }>;

/**
 * Puts the film (bound: its slug) on the member's watchlist or takes it off.
 * Signed out, the reader signs in and comes back to the film.
 */
export async function setWatchlistAction(filmSlug: unknown, formData: FormData): Promise<WatchlistResult> {
  const slug = parseFilmSlug(filmSlug);
  const path = slug === null ? '/films' : `/films/${slug}`;
  const viewer = await requireMember(safeReturnPath(path));
  if (slug === null) return failure('not-found', 'This film is no longer on Verdict.');
  const parsed = watchlistToggleSchema.safeParse({ wanted: formDataOf(formData).get('wanted') });
  if (!parsed.success) return failure('invalid', 'That could not be read. Please try again.');

  const budget = await consume('watchlist', viewer.id);
  if (!budget.allowed) return failure('throttled', throttledMessage('watchlist', budget.retryAfterSeconds));

  const outcome = await setOnWatchlist({ actor: viewer, filmSlug: slug, wanted: parsed.data.wanted });
  if (!outcome.ok) return failure('not-found', 'This film is no longer on Verdict.');

  revalidatePath(path);
  revalidatePath(`/u/${viewer.handle}/watchlist`);
  return success({ onWatchlist: outcome.onWatchlist, wanting: outcome.wanting });
}
