/**
 * The figures Verdict aims for, each checked on the worst page of the run.
 * Reported, not enforced: a noisy machine misses them without the code
 * being at fault, so only a wrong counter makes the benchmark fail.
 */
import { type Check, kilobytes, ms, percent, perSecond } from './report';
import { resultOf, type RouteResult } from './routes';

export const TARGETS = {
  /** A page's requests/s over the layout-only page's, at 10 connections. */
  pageShareOfLayout: 0.5,
  p95AtOneConnectionMs: 30,
  roundTripsPerPage: 6,
  /** Upvotes/s over /api/health's requests/s. */
  votesShareOfHealth: 0.25,
  /** The review page's first-load JavaScript over the smallest page's. */
  reviewJavascriptOverSmallest: 1.25,
};

/** The result that scores highest. */
const worst = (results: RouteResult[], score: (result: RouteResult) => number) =>
  results.reduce((worstSoFar, result) => (score(result) > score(worstSoFar) ? result : worstSoFar));

export function checkTargets(results: RouteResult[], votesPerSecond: number, countersExact: boolean): Check[] {
  const pages = results.filter((result) => result.route.page);
  const layout = resultOf(results, 'layout').at10.requestsPerSecond;
  const health = resultOf(results, 'health').at10.requestsPerSecond;

  const slowest = worst(pages, (result) => -result.at10.requestsPerSecond);
  const slowestShare = slowest.at10.requestsPerSecond / layout;
  const laggard = worst(pages, (result) => result.at1.latencyMs.p95);
  const chattiest = worst(pages, (result) => result.roundTrips.perRequest);
  const voteShare = votesPerSecond / health;
  const withJavascript = results.filter((result) => result.javascript);
  const smallest = worst(withJavascript, (result) => -result.javascript!.gzipBytes);
  const review = resultOf(results, 'review').javascript!.gzipBytes;
  const reviewOverSmallest = review / smallest.javascript!.gzipBytes;

  return [
    {
      label: `pages ≥ ${percent(TARGETS.pageShareOfLayout)} of the layout-only page's req/s`,
      ok: slowestShare >= TARGETS.pageShareOfLayout,
      detail: `slowest: ${slowest.route.label}, ${percent(slowestShare)}`,
    },
    {
      label: `p95 ≤ ${TARGETS.p95AtOneConnectionMs} ms at 1 connection`,
      ok: laggard.at1.latencyMs.p95 <= TARGETS.p95AtOneConnectionMs,
      detail: `slowest: ${laggard.route.label}, ${ms(laggard.at1.latencyMs.p95)} ms`,
    },
    {
      label: `≤ ${TARGETS.roundTripsPerPage} SQL round trips per page`,
      ok: chattiest.roundTrips.perRequest <= TARGETS.roundTripsPerPage,
      detail: `most: ${chattiest.route.label}, ${chattiest.roundTrips.perRequest}`,
    },
    {
      label: `upvotes/s ≥ ${percent(TARGETS.votesShareOfHealth)} of /api/health's req/s, counters exact`,
      ok: voteShare >= TARGETS.votesShareOfHealth && countersExact,
      detail: `${perSecond(votesPerSecond)}/s = ${percent(voteShare)}; counters ${countersExact ? 'exact' : 'WRONG'}`,
    },
    {
      label: `review page JS ≤ ${TARGETS.reviewJavascriptOverSmallest} × the smallest page's`,
      ok: reviewOverSmallest <= TARGETS.reviewJavascriptOverSmallest,
      detail: `${kilobytes(review)} = ${reviewOverSmallest.toFixed(2)} × ${smallest.route.label} (${kilobytes(smallest.javascript!.gzipBytes)})`,
    },
  ];
}
