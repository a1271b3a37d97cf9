/**
 * One Lighthouse run of one page in a fresh headless Chromium, with
 * Lighthouse's default mobile profile (Moto G Power screen, simulated slow 4G
 * and a 4× slower CPU), and the run that stands for several.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { CSP_VIOLATIONS_AUDIT, CspViolationsAudit } from './lighthouse-csp-audit';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The score each category should reach, out of 100. */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const CONFIG: Config = {
  extends: 'lighthouse:default',
  // Unweighted, so the score is Lighthouse's own; it only explains inspector-issues.
  audits: [CspViolationsAudit],
  categories: {
    'best-practices': { title: 'Best Practices', auditRefs: [{ id: CSP_VIOLATIONS_AUDIT, weight: 0, group: 'hidden' }] },
  },
  settings: {
    onlyCategories: [...CATEGORIES],
    // Lighthouse gives up on a page that has not loaded by then and reports it,
    // instead of waiting on a request that never completes.
    maxWaitForLoad: 45_000,
    // The full-page capture only illustrates the report; on a long thread it
    // is a very tall image that costs time and memory on every run.
    disableFullPageScreenshot: true,
  },
};

const LIGHTHOUSE_FLAGS: Flags = { logLevel: 'error', output: 'json' };

/**
 * Headless as root, on a machine with no network: besides CHROMIUM_ARGS, every
 * host but the local server resolves to "not found" at once, so a request for
 * anything outside it fails in the report instead of hanging the run.
 */
const BROWSER_ARGS = [
  ...CHROMIUM_ARGS,
  '--headless=new',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function browserPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/** Audits `url` once in a Chromium of its own (fresh profile) listening for DevTools on `debuggingPort`. */
export async function auditOnce(url: string, debuggingPort: number): Promise<Result> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'verdict-lighthouse-'));
  try {
    const browser = await launch({
      chromePath: browserPath(),
      chromeFlags: BROWSER_ARGS,
      userDataDir,
      port: debuggingPort,
      logLevel: 'silent',
    });
    const exited = new Promise((resolve) => browser.process.once('exit', resolve));
    try {
      const result = await lighthouse(url, { ...LIGHTHOUSE_FLAGS, port: browser.port }, CONFIG);
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      return result.lhr;
    } finally {
      browser.kill();
      // chrome-launcher reuses whatever answers on a requested port, so the next
      // run must not start before this browser has gone.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/**
 * The run that stands for several: Lighthouse's own choice, the one nearest
 * the median first paint and time to interactive (the performance score on
 * its own swings with single outliers). Runs that failed to load are
 * skipped unless every run failed.
 */
export function representativeRun(runs: Result[]): Result {
  const valid = filterToValidRuns(runs);
  return valid.length > 0 ? computeMedianRun(valid) : runs[runs.length - 1]!;
}

/** A category's score out of 100, or null when Lighthouse could not score it. */
export function categoryScore(result: Result, category: Category): number | null {
  const score = result.categories[category]?.score;
  return score === null || score === undefined ? null : Math.round(score * 100);
}
