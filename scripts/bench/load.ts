/**
 * Load through autocannon, with the figures the benchmarks report: answered
 * requests per second, latency percentiles and every kind of error.
 *
 * Latencies are collected from each response here rather than read from
 * autocannon's summary, which has no p95 and leaves out non-2xx answers (the
 * layout-only baseline is a 404 by design).
 */
import autocannon, { type Options } from 'autocannon';

/**
 * What every load request carries, as a browser's would, except
 * Accept-Encoding: answers come uncompressed for every route alike (as behind
 * a proxy that compresses), so that each vote's answer can be read.
 */
export const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) verdict-bench',
};

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadErrors {
  total: number;
  /** Answers with a status the route should not give, by status. */
  statuses: Record<string, number>;
  /** Sockets that failed, timeouts included. */
  connection: number;
  timeouts: number;
  resets: number;
}

export interface LoadFigures {
  connections: number;
  seconds: number;
  /** Answers with an accepted status. */
  answered: number;
  requestsPerSecond: number;
  latencyMs: Latency;
  errors: LoadErrors;
}

/** Nearest-rank percentiles of `values` (milliseconds). */
export function percentiles(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (quantile: number) => {
    if (sorted.length === 0) return Number.NaN;
    return sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  };
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** What one autocannon run saw, before it becomes figures. */
export interface Run {
  /** From the start to the last answer. */
  seconds: number;
  /** Answers by status. */
  statuses: Record<string, number>;
  connectionErrors: number;
  timeouts: number;
  resets: number;
  /** Latency of every accepted answer. */
  latencies: number[];
}

/**
 * One autocannon run; `accepted` says which statuses are answers rather
 * than errors. A run sized by `amount` lasts until its last answer:
 * autocannon notices that it is over only at its next once-a-second sample,
 * and would count the idle wait as working time. A run by duration keeps
 * sending until that sample, so autocannon's own duration is the right one.
 */
export function runAutocannon(options: Options, accepted: (status: number) => boolean): Promise<Run> {
  const latencies: number[] = [];
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
      resolve({
        seconds: options.amount && lastAnswer > started ? (lastAnswer - started) / 1000 : result.duration,
        statuses,
        connectionErrors: result.errors,
        timeouts: result.timeouts,
        resets: result.resets,
        latencies,
      });
    });
    instance.on('response', (_client, status, _bytes, responseTimeMs) => {
      lastAnswer = performance.now();
      if (accepted(status)) latencies.push(responseTimeMs);
    });
  });
}

/** Figures of runs made at the same time (one per server) over `connections` in all. */
export function loadFigures(runs: Run[], connections: number, accepted: (status: number) => boolean): LoadFigures {
  const statuses: Record<string, number> = {};
  let answered = 0;
  for (const run of runs) {
    for (const [status, count] of Object.entries(run.statuses)) {
      if (accepted(Number(status))) answered += count;
      else statuses[status] = (statuses[status] ?? 0) + count;
    }
  }
  const sum = (pick: (run: Run) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const seconds = Math.max(...runs.map((run) => run.seconds));
  const refused = Object.values(statuses).reduce((total, count) => total + count, 0);
  return {
    connections,
    seconds,
    answered,
    requestsPerSecond: seconds > 0 ? answered / seconds : 0,
    latencyMs: percentiles(runs.flatMap((run) => run.latencies)),
    errors: {
      total: refused + sum((run) => run.connectionErrors) + sum((run) => run.resets),
      statuses,
      connection: sum((run) => run.connectionErrors),
      timeouts: sum((run) => run.timeouts),
      resets: sum((run) => run.resets),
    },
  };
}

export interface RouteLoad {
  url: string;
  headers?: Record<string, string>;
  accepted: (status: number) => boolean;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** A warm-up at the same concurrency, whose figures are dropped, then the measurement. */
export async function measureRoute(route: RouteLoad): Promise<LoadFigures> {
  const base = { url: route.url, connections: route.connections, headers: { ...BROWSER_HEADERS, ...route.headers } };
  await runAutocannon({ ...base, duration: route.warmupSeconds }, route.accepted);
  const run = await runAutocannon({ ...base, duration: route.seconds }, route.accepted);
  return loadFigures([run], route.connections, route.accepted);
}
