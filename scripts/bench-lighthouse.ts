/**
 * `npm run bench:lighthouse`: Lighthouse (mobile profile: performance,
 * accessibility, best practices, SEO) against the production build, for the
 * feed, the film with the most reviews, the review with the most comments and
 * a typical review of the configured database (DATABASE_URL, else the
 * embedded PostgreSQL in .data/).
 *
 * A benchmark, not a test: it prints the scores against their targets
 * (performance ≥ 95, the rest 100) and the audits that cost points, writes
 * every result to bench-results/lighthouse/, and exits 0 whatever the scores;
 * non-zero only when it could not run: 1 when Lighthouse scored nothing on a
 * page, 2 when the database has nothing to show.
 * Options: --runs=N (default 3; each page N times, the median run reported),
 * --port=P (default 3300; Chromium's DevTools listens on P+1).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { generateReport, type Result } from 'lighthouse';

import { applyMigrations } from '../db/migrate';
import { auditOnce, CATEGORIES, categoryScore, representativeRun } from './bench/lighthouse-audit';
import { type AuditedPage, choosePages } from './bench/lighthouse-pages';
import { pageFindings, type PageRuns, scoreTable, securityFindings } from './bench/lighthouse-report';
import { ensureProductionBuild, startProductionServer } from './bench/production-server';
import { provideDatabase } from './database';
import { runMain } from './run-main';

const option = (name: string, fallback: number) => {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number, not “${raw}”`);
  return value;
};
const RUNS = option('runs', 3);
const PORT = option('port', 3300);
const RESULTS_DIR = path.resolve('bench-results/lighthouse');

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

/**
 * One request per page before measuring, so the runs see a warm server (as
 * visitors do), not the first render after start; a page that does not answer
 * 200 stops the benchmark, since its scores would describe an error page.
 */
async function warmUp(origin: string, pages: AuditedPage[]) {
  for (const page of pages) {
    const started = performance.now();
    const response = await fetch(origin + page.path, { signal: AbortSignal.timeout(60_000) });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${page.path} answered ${response.status}; fix the page before auditing it`);
    const kib = (Buffer.byteLength(html) / 1024).toFixed(0);
    console.log(
      `  ${page.key.padEnd(15)} ${page.path.padEnd(28)} 200 in ${(performance.now() - started).toFixed(0)} ms, ${kib} KiB of HTML`,
    );
  }
}

/** Rounds of one run per page, so a burst of load on the machine spreads over every page instead of one. */
async function auditPages(origin: string, pages: AuditedPage[]): Promise<PageRuns[]> {
  const runs = new Map<string, Result[]>(pages.map((page) => [page.key, []]));
  for (let round = 1; round <= RUNS; round += 1) {
    for (const page of pages) {
      const started = performance.now();
      const result = await auditOnce(origin + page.path, PORT + 1);
      runs.get(page.key)!.push(result);
      const scores = CATEGORIES.map((category) => categoryScore(result, category) ?? '—').join(' / ');
      const failure = result.runtimeError ? `  ! ${result.runtimeError.code}` : '';
      console.log(`  run ${round}/${RUNS}  ${page.key.padEnd(15)} ${scores}  (${seconds(started)})${failure}`);
    }
  }
  return pages.map((page) => {
    const pageRuns = runs.get(page.key)!;
    return { page, runs: pageRuns, representative: representativeRun(pageRuns) };
  });
}

/** Each page's reported run as JSON and as Lighthouse's HTML report; with several runs, every run's JSON too. */
async function writeResults(entries: PageRuns[]) {
  await rm(RESULTS_DIR, { recursive: true, force: true });
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const { page, runs, representative } of entries) {
    await writeFile(path.join(RESULTS_DIR, `${page.key}.json`), JSON.stringify(representative, null, 2));
    await writeFile(path.join(RESULTS_DIR, `${page.key}.html`), generateReport(representative, 'html'));
    if (runs.length > 1) {
      for (const [index, run] of runs.entries()) {
        await writeFile(path.join(RESULTS_DIR, `${page.key}.run-${index + 1}.json`), JSON.stringify(run, null, 2));
      }
    }
  }
  const summary = entries.map(({ page, runs, representative }) => ({
    ...page,
    reportedRun: runs.indexOf(representative) + 1,
    benchmarkIndex: runs.map((run) => Math.round(run.environment.benchmarkIndex)),
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, runs.map((run) => categoryScore(run, category))])),
  }));
  await writeFile(path.join(RESULTS_DIR, 'summary.json'), JSON.stringify(summary, null, 2));
}

/** At or below this benchmark index Lighthouse itself warns of a slow host (core/gather/driver/environment.js). */
const SLOW_HOST_INDEX = 1000;

/**
 * Lighthouse slows the CPU of the machine it runs on by 4×, calibrated for a
 * desktop with a benchmark index of about 1,500, so a slow or busy machine
 * lowers the performance score: the index of each run and the load explain a
 * spread.
 */
function machineNote(entries: PageRuns[]): string {
  const indexes = entries
    .flatMap((entry) => entry.runs.map((run) => Math.round(run.environment.benchmarkIndex)))
    .sort((a, b) => a - b);
  const range = indexes[0] === indexes[indexes.length - 1] ? `${indexes[0]}` : `${indexes[0]}–${indexes[indexes.length - 1]}`;
  const slow = indexes.filter((index) => index <= SLOW_HOST_INDEX).length;
  const warning =
    slow > 0
      ? `; ${slow} of ${indexes.length} runs at or below ${SLOW_HOST_INDEX}, where Lighthouse warns that a slow host lowers the performance score`
      : '';
  return `Machine: Lighthouse benchmark index ${range}${warning}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
}

/** Lighthouse on every page; the exit code: 0 when every page was scored. */
async function auditAndReport(origin: string, pages: AuditedPage[]): Promise<number> {
  console.log(
    `› next start on ${origin} (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores); warming up`,
  );
  await warmUp(origin, pages);
  console.log(
    `› Lighthouse 12, mobile profile, ${RUNS} run${RUNS === 1 ? '' : 's'} per page (perf / a11y / best practices / SEO)`,
  );
  const entries = await auditPages(origin, pages);
  await writeResults(entries);

  console.log(`\n› Scores${RUNS > 1 ? ` (the median run; the range over ${RUNS} runs in brackets)` : ''}, ✗ below target`);
  console.log(scoreTable(entries));
  console.log(`  ${machineNote(entries)}`);
  for (const entry of entries) console.log(`\n${pageFindings(entry)}`);
  console.log(`\n${securityFindings(entries)}`);
  console.log(
    `\n› Full results in ${path.relative(process.cwd(), RESULTS_DIR)}/ (<page>.json, <page>.html${RUNS > 1 ? ', <page>.run-N.json' : ''}, summary.json)`,
  );

  const unscored = entries.filter((entry) =>
    CATEGORIES.every((category) => categoryScore(entry.representative, category) === null),
  );
  if (unscored.length === 0) return 0;
  console.error(`✗ Lighthouse scored nothing on ${unscored.map((entry) => entry.page.path).join(', ')}: see the ! lines above`);
  return 1;
}

async function main(): Promise<number> {
  const database = await provideDatabase();
  try {
    // An embedded database is migrated on every start, as `npm start` does; an
    // external one is migrated by its deploy step, never by a benchmark.
    if (database.embedded) await applyMigrations(database.url);
    const { dataset, pages } = await choosePages(database.url);
    const where = database.embedded ? 'the embedded database' : new URL(database.url).pathname.slice(1);
    console.log(
      `› Dataset (${where}): ${dataset.members.toLocaleString('en')} members, ${dataset.films.toLocaleString('en')} films, ` +
        `${dataset.reviews.toLocaleString('en')} published reviews, ${dataset.comments.toLocaleString('en')} comments`,
    );
    if (pages.length === 0) {
      console.error('The database has no published reviews, so there are no film or review pages to audit.');
      console.error('Seed it first: npm run db:seed (demo content) or npm run seed:large (the large dataset).');
      return 2;
    }
    await ensureProductionBuild();
    const server = await startProductionServer({ port: PORT, databaseUrl: database.url });
    try {
      return await auditAndReport(server.origin, pages);
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

runMain(main);
