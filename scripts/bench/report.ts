/** How the benchmarks print their figures and keep them for machines. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Latency } from './load';
import { type RouteResult, shareOfLayout } from './routes';

/** One thing checked, true or not, with the figure that decides it. */
export interface Check {
  label: string;
  ok: boolean;
  detail: string;
}

export const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function printChecks(title: string, checks: Check[], log = console.log): void {
  log(title);
  const width = Math.max(...checks.map((check) => check.label.length));
  for (const check of checks) log(`  ${mark(check.ok)} ${check.label.padEnd(width)}  ${check.detail}`);
}

/** A long SQL statement cut in the middle, keeping its start (what it reads) and its end (where, order, limit). */
export function abbreviate(text: string, width = 150): string {
  if (text.length <= width) return text;
  const half = Math.floor((width - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

export const perSecond = (n: number) => Math.round(n).toLocaleString('en');
export const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
export const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const latency = ({ p50, p95, p99 }: Latency) => [ms(p50), ms(p95), ms(p99)].map((n) => n.padStart(7)).join('');

/** The main table: one line per route. */
export function printRouteTable(results: RouteResult[], log = console.log): void {
  const width = Math.max(28, ...results.map((result) => result.route.label.length));
  const columns = (...cells: string[]) => cells.join(' ');
  log(
    columns(
      ''.padEnd(width),
      ' req/s'.padStart(7),
      '×layout'.padStart(8),
      ' ',
      '  latency ms @1 conn'.padEnd(21),
      ' ',
      '  latency ms @10 conn'.padEnd(21),
      ' ',
      'errors',
      ' SQL/req',
      '  JS gzip',
    ),
  );
  log(
    columns('route'.padEnd(width), '@10'.padStart(7), ''.padStart(8), ' ', '    p50    p95    p99', ' ', '    p50    p95    p99'),
  );
  for (const result of results) {
    const { route, at10, at1, roundTrips, javascript } = result;
    log(
      columns(
        route.label.padEnd(width),
        perSecond(at10.requestsPerSecond).padStart(7),
        percent(shareOfLayout(results, result)).padStart(8),
        ' ',
        latency(at1.latencyMs),
        ' ',
        latency(at10.latencyMs),
        ' ',
        String(at10.errors.total + at1.errors.total).padStart(6),
        String(roundTrips.perRequest).padStart(8),
        (javascript ? kilobytes(javascript.gzipBytes) : '—').padStart(9),
      ),
    );
  }
}

/** Writes `results` as JSON under bench-results/ and returns the path it wrote. */
export async function writeResults(name: string, results: unknown): Promise<string> {
  const file = path.join('bench-results', name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
