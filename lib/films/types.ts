/** What a film card in a grid or list needs. */
export interface FilmSummary {
  id: number;
  slug: string;
  title: string;
  originalTitle: string | null;
  year: number;
  /** ISO 3166-1 alpha-2 */
  country: string;
  posterPath: string | null;
  reviewCount: number;
  /** Mean of published 1–10 ratings, null when unreviewed. */
  averageRating: number | null;
}

export interface FilmCredit {
  personSlug: string;
  name: string;
  originalName: string | null;
  job: 'director' | 'writer' | 'composer' | 'cast';
  character: string | null;
}

export interface WatchOption {
  name: string;
  url: string;
  region: string;
}

export interface FilmDetail extends FilmSummary {
  language: string;
  runtimeMinutes: number | null;
  synopsis: string;
  basedOnTrueEvents: boolean;
  directors: FilmCredit[];
  writers: FilmCredit[];
  composers: FilmCredit[];
  cast: FilmCredit[];
  /** The whole remake family including this film, oldest first; empty when it has none. */
  versions: FilmVersionComparison[];
  /** How its published reviews rate it, bar by bar. */
  ratings: RatingSummary;
  watchOptions: WatchOption[];
  /** Members with the film on their watchlist. */
  wanting: number;
}

/** One version of a remake family, with what a reader compares them by. */
export interface FilmVersionComparison extends Omit<FilmSummary, 'id'> {
  /** Names in billing order. */
  directors: string[];
  /** True for the original the other versions remake. */
  isOriginal: boolean;
  /** True for the film whose page is showing. */
  isCurrent: boolean;
}

export interface RatingSummary {
  reviewCount: number;
  /** Mean of the 1–10 ratings; null when the film has no published review. */
  averageRating: number | null;
  /** One bar per rating, 1 to 10, zeros included. */
  histogram: { rating: number; count: number }[];
}
