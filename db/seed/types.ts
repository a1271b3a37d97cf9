/**
 * The shapes of the demo data. Everything refers to everything else by its
 * natural key (film and person slugs, user handles, review and comment keys),
 * never by id, so the data reads on its own and the writers can look rows up
 * again on a second run.
 */

export interface SeedFilm {
  slug: string;
  title: string;
  originalTitle?: string;
  year: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 639-1. */
  language: string;
  runtimeMinutes?: number;
  synopsis: string;
  basedOnTrueEvents?: boolean;
  /** Slug of the original this film remakes; it must be listed before this one. */
  versionOf?: string;
}

export interface SeedPerson {
  slug: string;
  name: string;
  /** The name in its own script, when that differs from `name`. */
  originalName?: string;
}

export type SeedJob = 'director' | 'writer' | 'composer' | 'cast';

export interface SeedCredit {
  person: string;
  job: SeedJob;
  character?: string;
}

export interface SeedProvider {
  name: string;
  url: string;
  region: string;
}

export interface SeedUser {
  handle: string;
  displayName: string;
  bio: string;
  role?: 'member' | 'moderator';
  joinedDaysAgo: number;
}

export interface SeedReview {
  /** Stable key that comments and votes refer to. */
  key: string;
  film: string;
  author: string;
  title: string;
  rating: number;
  containsSpoilers?: boolean;
  daysAgo: number;
  body: string;
}

export interface SeedComment {
  key: string;
  review: string;
  /** Key of the comment this one answers; omitted for top-level comments. */
  parent?: string;
  author: string;
  /** Hours after the parent comment, or after the review for a top-level one. */
  hoursAfter: number;
  body: string;
}
