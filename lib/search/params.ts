import { z } from 'zod';

import { firstParam } from '@/lib/url/search-params';

import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from './query-length';

/**
 * The search page's URL: `/search?q=…&films_page=2&reviews_after=…&people_page=2`.
 * Pure (no server APIs) so the page, the header and tests share it. Every
 * parameter falls back on its own, so a mangled link still searches.
 */
/** Films and people are small groups: bounded pages, never a deep OFFSET. */
export const MAX_GROUP_PAGE = 10;

export interface SearchQuery {
  /** Trimmed, whitespace collapsed, cut to MAX_QUERY_LENGTH characters. */
  q: string;
  /** Why there is nothing to search for, if there is not. */
  problem: 'empty' | 'too-short' | null;
  filmsPage: number;
  peoplePage: number;
  reviewsAfter?: string;
}

const page = z.preprocess(firstParam, z.coerce.number().int().min(1).max(MAX_GROUP_PAGE)).catch(1);

const searchParamsSchema = z.object({
  q: z.preprocess(firstParam, z.string()).catch(''),
  films_page: page,
  people_page: page,
  reviews_after: z.preprocess(firstParam, z.string().max(80).optional()).catch(undefined),
});

export function normaliseSearchText(raw: string): string {
  // Cut by code points so an emoji is never split in half.
  // Control characters (NUL above all, which PostgreSQL refuses in text) are never part of a search.
  return Array.from(raw.replace(/[\p{Cc}\s]+/gu, ' ').trim())
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim();
}

export function parseSearchQuery(searchParams: Record<string, string | string[] | undefined>): SearchQuery {
  const parsed = searchParamsSchema.parse(searchParams);
  const q = normaliseSearchText(parsed.q);
  const length = Array.from(q).length;
  return {
    q,
    problem: length === 0 ? 'empty' : length < MIN_QUERY_LENGTH ? 'too-short' : null,
    filmsPage: parsed.films_page,
    peoplePage: parsed.people_page,
    reviewsAfter: parsed.reviews_after || undefined,
  };
}

/** The search page's URL, defaults left out so each view has one address. */
export function searchHref(query: Pick<SearchQuery, 'q'> & Partial<Omit<SearchQuery, 'q' | 'problem'>>): string {
  const params = new URLSearchParams({ q: query.q });
  if (query.filmsPage && query.filmsPage > 1) params.set('films_page', String(query.filmsPage));
  if (query.reviewsAfter) params.set('reviews_after', query.reviewsAfter);
  if (query.peoplePage && query.peoplePage > 1) params.set('people_page', String(query.peoplePage));
  return `/search?${params.toString()}`;
}
