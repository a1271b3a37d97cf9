import { z } from 'zod';

import { firstParam } from '@/lib/url/search-params';

/*
 * The URLs of review lists: the home feed's (`/?sort=top&t=month`) and a
 * film page's (`/films/[slug]?sort=new&spoilers=hide`), parsed into queries
 * and built back, defaults left out so each view has one address. Pure (no
 * server APIs, no SQL). Every parameter falls back on its own, so one bad
 * parameter never costs the others, and is never a 500.
 */

/** The home feed, Hive-style: Trending, New, Top within a period, and Following. */
export const FEED_SORTS = ['hot', 'new', 'top', 'following'] as const;
export type FeedSort = (typeof FEED_SORTS)[number];
export const TOP_PERIODS = ['day', 'week', 'month', 'year', 'all'] as const;
export type TopPeriod = (typeof TOP_PERIODS)[number];
export const DEFAULT_TOP_PERIOD: TopPeriod = 'week';

export interface HomeFeedQuery {
  sort: FeedSort;
  /** Only for Top. */
  period: TopPeriod;
  after?: string;
}

const feedParamsSchema = z.object({
  sort: z.preprocess(firstParam, z.enum(FEED_SORTS)).catch('hot'),
  t: z.preprocess(firstParam, z.enum(TOP_PERIODS)).catch(DEFAULT_TOP_PERIOD),
  after: z.preprocess(firstParam, z.string().max(80).optional()).catch(undefined),
});

export function parseHomeFeedQuery(searchParams: Record<string, string | string[] | undefined>): HomeFeedQuery {
  const { sort, t, after } = feedParamsSchema.parse(searchParams);
  return { sort, period: t, after: after || undefined };
}

/** The feed's URL (`/?sort=top&t=month`). */
export function homeFeedHref(query: Partial<HomeFeedQuery>): string {
  const params = new URLSearchParams();
  if (query.sort && query.sort !== 'hot') params.set('sort', query.sort);
  if (query.sort === 'top' && query.period) params.set('t', query.period);
  if (query.after) params.set('after', query.after);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/** A member's reviews on their profile: newest or most upvoted first. */
export const MEMBER_REVIEW_SORTS = ['new', 'top'] as const;
export type MemberReviewSort = (typeof MEMBER_REVIEW_SORTS)[number];

export const FILM_REVIEW_SORTS = ['top', 'hot', 'new', 'rating-desc', 'rating-asc'] as const;
export type FilmReviewSort = (typeof FILM_REVIEW_SORTS)[number];
export const DEFAULT_FILM_REVIEW_SORT: FilmReviewSort = 'top';

/** How a reader asked to see a film's reviews: the film page's URL parameters, parsed. */
export interface FilmReviewQuery {
  sort: FilmReviewSort;
  hideSpoilers: boolean;
  /** Inclusive bounds on the 1–10 rating; undefined leaves that end open. */
  minRating?: number;
  maxRating?: number;
  /** The previous page's `nextCursor`; checked when the query runs. */
  after?: string;
}

const rating = z
  .preprocess(
    firstParam,
    z
      .string()
      .regex(/^(?:[1-9]|10)$/)
      .transform(Number)
      .optional(),
  )
  .catch(undefined);

const filmReviewParamsSchema = z.object({
  sort: z.preprocess(firstParam, z.enum(FILM_REVIEW_SORTS)).catch(DEFAULT_FILM_REVIEW_SORT),
  spoilers: z.preprocess(firstParam, z.literal('hide').optional()).catch(undefined),
  min: rating,
  max: rating,
  after: z.preprocess(firstParam, z.string().max(64).optional()).catch(undefined),
});

export function parseFilmReviewQuery(searchParams: Record<string, string | string[] | undefined>): FilmReviewQuery {
  const { sort, spoilers, min, max, after } = filmReviewParamsSchema.parse(searchParams);
  // "From 4★ to 2★" names the range 2★–4★.
  const [minRating, maxRating] = min !== undefined && max !== undefined && min > max ? [max, min] : [min, max];
  return { sort, hideSpoilers: spoilers === 'hide', minRating, maxRating, after: after || undefined };
}

/** True when the reader narrowed the list, rather than only sorting or paging it. */
export function hasFilters(query: FilmReviewQuery): boolean {
  return query.hideSpoilers || query.minRating !== undefined || query.maxRating !== undefined;
}

/** The query as URL parameters (`?sort=new&spoilers=hide`). */
export function filmReviewSearch(query: FilmReviewQuery): string {
  const params = new URLSearchParams();
  if (query.sort !== DEFAULT_FILM_REVIEW_SORT) params.set('sort', query.sort);
  if (query.hideSpoilers) params.set('spoilers', 'hide');
  if (query.minRating !== undefined) params.set('min', String(query.minRating));
  if (query.maxRating !== undefined) params.set('max', String(query.maxRating));
  if (query.after) params.set('after', query.after);
  const search = params.toString();
  return search ? `?${search}` : '';
}
