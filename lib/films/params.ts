import { z } from 'zod';

import { firstParam } from '@/lib/url/search-params';

/**
 * The film index's URL: `/films?country=KR&from=2000&to=2020&versions=1&sort=year`.
 * Pure, so the page, its form and tests share it. Each parameter falls back
 * on its own: a bad one is ignored, never a 500.
 */
export const FILM_SORTS = ['title', 'year', 'rating', 'reviews'] as const;
export type FilmSort = (typeof FILM_SORTS)[number];

export const FILM_SORT_LABELS: Record<FilmSort, string> = {
  title: 'Title',
  year: 'Year',
  rating: 'Average rating',
  reviews: 'Review count',
};

export const MIN_YEAR = 1870;
export const MAX_YEAR = 2100;

export interface FilmIndexQuery {
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  from?: number;
  to?: number;
  /** Only films in a remake family: an original with versions, or a version of one. */
  hasVersions: boolean;
  sort: FilmSort;
}

const blankToUndefined = (value: unknown) => {
  const one = firstParam(value);
  return typeof one === 'string' && one.trim() === '' ? undefined : one;
};
const year = z.preprocess(blankToUndefined, z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional()).catch(undefined);

const filmIndexSchema = z.object({
  country: z
    .preprocess(
      (value) => (typeof firstParam(value) === 'string' ? (firstParam(value) as string).trim().toUpperCase() : undefined),
      z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    )
    .catch(undefined),
  from: year,
  to: year,
  versions: z
    .preprocess(firstParam, z.enum(['1', 'on', 'true']))
    .transform(() => true)
    .catch(false),
  sort: z.preprocess(firstParam, z.enum(FILM_SORTS)).catch('title'),
});

export function parseFilmIndexQuery(searchParams: Record<string, string | string[] | undefined>): FilmIndexQuery {
  const parsed = filmIndexSchema.parse(searchParams);
  // A range typed backwards is still a range.
  const [from, to] =
    parsed.from !== undefined && parsed.to !== undefined && parsed.from > parsed.to
      ? [parsed.to, parsed.from]
      : [parsed.from, parsed.to];
  return { country: parsed.country, from, to, hasVersions: parsed.versions, sort: parsed.sort };
}

/** The index's URL for a query, defaults left out so each view has one address. */
export function filmIndexHref(query: Partial<FilmIndexQuery>): string {
  const params = new URLSearchParams();
  if (query.country) params.set('country', query.country);
  if (query.from !== undefined) params.set('from', String(query.from));
  if (query.to !== undefined) params.set('to', String(query.to));
  if (query.hasVersions) params.set('versions', '1');
  if (query.sort && query.sort !== 'title') params.set('sort', query.sort);
  const search = params.toString();
  return search ? `/films?${search}` : '/films';
}

export function hasFilmFilters(query: FilmIndexQuery): boolean {
  return Boolean(query.country || query.from !== undefined || query.to !== undefined || query.hasVersions);
}
