/** The routes `npm run bench` measures, in the order it prints them, and what it measured on each. */
import type { BenchPages } from './dataset';
import type { PageJavaScript } from './javascript';
import type { LoadFigures } from './load';
import type { RoundTrips } from './round-trips';

export interface BenchRoute {
  key: string;
  label: string;
  path: string;
  headers: Record<string, string>;
  /** The status that counts as an answer: 404 for the layout-only page, which is what it is. */
  status: number;
  /** A product page the targets apply to, rather than a baseline. */
  page: boolean;
}

/** A path no route matches: Next renders the not-found page inside the root layout and nothing else. */
export const LAYOUT_ONLY_PATH = '/this-page-does-not-exist';

export function benchRoutes(pages: BenchPages, readerCookie: string): BenchRoute[] {
  const route = (key: string, label: string, path: string, extra: Partial<BenchRoute> = {}): BenchRoute => ({
    key,
    label,
    path,
    headers: {},
    status: 200,
    page: true,
    ...extra,
  });
  const count = (n: number) => n.toLocaleString('en');
  return [
    route('health', '/api/health (one query)', '/api/health', { page: false }),
    route('layout', 'not found (root layout only)', LAYOUT_ONLY_PATH, { page: false, status: 404 }),
    route('trending', 'Trending /', '/'),
    route('top', 'Top, all time', '/?sort=top&t=all'),
    route('film', `film (${count(pages.film.reviews)} reviews)`, `/films/${pages.film.slug}`),
    route('review', `review (${count(pages.thread.comments)} comments)`, `/reviews/${pages.thread.id}`),
    route('reviewSignedIn', 'same review, signed in', `/reviews/${pages.thread.id}`, { headers: { cookie: readerCookie } }),
    route('profile', `profile (${count(pages.profile.reviews)} reviews)`, `/u/${pages.profile.handle}`),
  ];
}

export interface RouteResult {
  route: BenchRoute;
  /** Load at 10 connections, then at 1. */
  at10: LoadFigures;
  at1: LoadFigures;
  roundTrips: RoundTrips;
  /** Not for /api/health, which is JSON. */
  javascript?: PageJavaScript;
}

export const resultOf = (results: RouteResult[], key: string): RouteResult => results.find((result) => result.route.key === key)!;

/** Requests/s at 10 connections over the layout-only page's: the ratio the page targets are about. */
export const shareOfLayout = (results: RouteResult[], result: RouteResult) =>
  result.at10.requestsPerSecond / resultOf(results, 'layout').at10.requestsPerSecond;
