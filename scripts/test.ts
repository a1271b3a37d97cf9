/**
 * `npm test`: everything that proves Verdict works, on a fresh machine.
 *
 *  1. Vitest: unit tests and integration tests against a real PostgreSQL
 *     (a fresh database per run; see tests/support/test-database.ts).
 *  2. Playwright: browser tests against a production build, served by
 *     `next start` over a fresh, seeded database, sending its mail to a
 *     real SMTP server started here (tests/support/mail-sink.ts).
 *
 * Uses TEST_DATABASE_URL or DATABASE_URL's server when set, the embedded
 * PostgreSQL otherwise. Ends with one line: "N passed, N failed".
 * Options: --only=vitest|e2e, --skip-build (reuse .next from a previous build).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { createDatabase } from '../db/index';
import { freePort } from '../db/embedded';
import { seedDemo } from './seed-demo';
import { chromiumExecutable } from '../e2e/browser';
import { serveMailSink, startMailSink } from '../tests/support/mail-sink';
import { provisionTestDatabase } from '../tests/support/test-database';

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const skipBuild = args.includes('--skip-build');
const passThrough = args.filter((arg) => !arg.startsWith('--only=') && arg !== '--skip-build');
const resolve = createRequire(import.meta.url).resolve;
const REPORTS = path.resolve('test-results');

process.env.NEXT_TELEMETRY_DISABLED = '1';

interface Tally {
  passed: number;
  failed: number;
}

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [command, ...commandArgs], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => done(code ?? 1));
  });
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function vitest(): Promise<Tally> {
  console.log('\n▶ Unit and integration tests (Vitest)\n');
  const report = path.join(REPORTS, 'vitest.json');
  await rm(report, { force: true });
  const code = await run(path.join(path.dirname(resolve('vitest/package.json')), 'vitest.mjs'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...passThrough,
  ]);
  const result = await readJson<{ numPassedTests: number; numFailedTests: number }>(report);
  if (!result) return { passed: 0, failed: 1 };
  // A crash outside any test (a broken setup, say) still fails the run.
  return { passed: result.numPassedTests, failed: result.numFailedTests + (code !== 0 && result.numFailedTests === 0 ? 1 : 0) };
}

async function e2e(): Promise<Tally> {
  console.log('\n▶ Browser tests (Playwright, production build)\n');
  try {
    chromiumExecutable();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    return { passed: 0, failed: 1 };
  }

  if (!skipBuild || !existsSync('.next/BUILD_ID')) {
    const built = await run(resolve('next/dist/bin/next'), ['build']);
    if (built !== 0) return { passed: 0, failed: 1 };
  }

  const database = await provisionTestDatabase('e2e');
  const mail = await startMailSink();
  const mailControl = await serveMailSink(mail);
  try {
    const { db, close } = createDatabase(database.url, { max: 2 });
    try {
      await seedDemo(db);
    } finally {
      await close();
    }
    const report = path.join(REPORTS, 'e2e.json');
    await rm(report, { force: true });
    const code = await run(resolve('@playwright/test/cli'), ['test', ...passThrough], {
      E2E_DATABASE_URL: database.url,
      E2E_PORT: String(await freePort()),
      E2E_AUTH_SECRET: randomBytes(32).toString('base64url'),
      E2E_REPORT: report,
      E2E_SMTP_URL: mail.url,
      E2E_MAIL_SINK_URL: mailControl.url,
    });
    const result = await readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
    if (!result) return { passed: 0, failed: 1 };
    const { expected, unexpected, flaky } = result.stats;
    return { passed: expected + flaky, failed: unexpected + (code !== 0 && unexpected === 0 ? 1 : 0) };
  } finally {
    await mailControl.close();
    await mail.close();
    await database.dispose();
  }
}

async function main() {
  await mkdir(REPORTS, { recursive: true });
  const tallies: Tally[] = [];
  if (only !== 'e2e') tallies.push(await vitest());
  if (only !== 'vitest') tallies.push(await e2e());
  const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
  const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
