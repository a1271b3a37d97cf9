import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';
import { e2eMail } from './e2e/mail';

/**
 * Browser tests run against a production build (`next start`). `npm test`
 * (scripts/test.ts) prepares a fresh seeded database, builds, and passes
 * E2E_DATABASE_URL and E2E_PORT; run the browser tests through it.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error('E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e` (or `npm test`).');
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // Generous: two cores run the server, the browser and axe at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Verdict's own server, as `npm start` runs it; every test is a client
    // behind one trusted proxy (e2e/fixtures.ts writes the address it saw).
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? 'e2e-secret-that-is-at-least-32-characters-long',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      TRUSTED_PROXY_HOPS: '1',
      // Mail written with no request to read an origin from (the daily digest) links here.
      SITE_URL: `http://127.0.0.1:${port}`,
      ...e2eMail(),
    },
  },
});
