export type WatchlistSort = 'added' | 'year' | 'rating';

/** One film on a member's watchlist, as the page lists it. */
export interface WatchlistFilm {
  slug: string;
  title: string;
  year: number;
  posterPath: string | null;
  /** Mean of its published reviews' 1–10 ratings, null when unreviewed. */
  averageRating: number | null;
  addedAt: Date;
}

export type WatchlistPage =
  | { visible: true; member: { handle: string; displayName: string }; films: WatchlistFilm[] }
  | { visible: false; member: { handle: string; displayName: string } };
