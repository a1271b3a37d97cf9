import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Only the distribution's package: it comes from the package mirror, where
// Playwright's own download needs its CDN, which many machines cannot reach.
export const INSTALL_HINT =
  'The browser tests need Chromium and found none.\n' + '  Debian/Ubuntu:  sudo apt-get install -y chromium';

/**
 * Playwright's own Chromium when it is installed, else the system one.
 * Undefined means "Playwright's default"; throws when neither exists, so the
 * browser tests fail with instructions instead of silently skipping.
 */
export function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(INSTALL_HINT);
}

/** Flags for a headless Chromium on a machine with no network beyond localhost, possibly as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
