import Link from 'next/link';

import { WatchlistToggle } from '@/components/film/watchlist-toggle';
import type { LogWatchState } from '@/lib/actions/diary';
import type { WatchlistResult } from '@/lib/actions/watchlist';
import { watchedLine } from '@/lib/diary/dates';
import type { FilmWatchState } from '@/lib/diary/types';

import { LogWatchForm } from './log-watch-form';

export interface FilmWatchingProps {
  slug: string;
  wanting: number;
  /** Null for a reader who is not signed in. */
  viewer: { handle: string; state: FilmWatchState } | null;
  watchlistAction: (formData: FormData) => Promise<WatchlistResult>;
  logWatchAction: (previous: LogWatchState, formData: FormData) => Promise<LogWatchState>;
  today: string;
}

/** A film page's watching: the Watchlist toggle with its count, and for members "Log a watch" and their latest watches. */
export function FilmWatching({ slug, wanting, viewer, watchlistAction, logWatchAction, today }: FilmWatchingProps) {
  return (
    <section aria-labelledby="watching-heading" className="space-y-5">
      <h2 id="watching-heading" className="font-serif text-xl font-semibold text-ink">
        Watching
      </h2>
      <WatchlistToggle action={watchlistAction} onWatchlist={viewer?.state.onWatchlist ?? false} wanting={wanting} />
      {viewer ? (
        <>
          {viewer.state.watches.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold text-ink">Your watches</h3>
              <ul className="mt-1 text-sm text-ink-muted">
                {viewer.state.watches.map((watch, index) => (
                  <li key={`${watch.watchedOn}-${index}`}>{watchedLine(watch)}</li>
                ))}
              </ul>
              <Link href={`/u/${viewer.handle}/diary`} className="text-sm font-medium text-accent underline underline-offset-4">
                Your diary
              </Link>
            </div>
          ) : null}
          <LogWatchForm action={logWatchAction} today={today} hasReview={viewer.state.ownReviewId !== null} />
        </>
      ) : (
        <p className="text-sm text-ink-muted">
          <Link
            href={`/signin?callbackUrl=${encodeURIComponent(`/films/${slug}`)}`}
            className="font-medium text-accent underline underline-offset-4"
          >
            Sign in
          </Link>{' '}
          to log a watch.
        </p>
      )}
    </section>
  );
}
