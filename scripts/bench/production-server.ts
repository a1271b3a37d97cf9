/**
 * The production server the benchmarks measure: `next build` when the build
 * is missing or older than the code, then Verdict's own server (what `npm
 * start` runs, scripts/serve.mjs) on a chosen port against a chosen
 * database, waited for until /api/health answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const SERVER = path.resolve('scripts/serve.mjs');
const BUILD_ID = path.resolve('.next/BUILD_ID');
/** What a build is made from: a change to any of these makes the build stale. */
const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

/** The id of the build in .next, which every page of it names. */
export function buildId(): string {
  return readFileSync(BUILD_ID, 'utf8').trim();
}

/** True when .next holds a build at least as new as every source file. */
export function buildIsCurrent(): boolean {
  if (!existsSync(BUILD_ID)) return false;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.every((source) => newestChange(source) <= built);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Builds unless the current build is up to date (or `force`). */
export async function ensureProductionBuild({ force = false, log = console.log } = {}): Promise<void> {
  if (!force && buildIsCurrent()) {
    log('› The production build is current');
    return;
  }
  log('› Building for production (next build)');
  const code = await run(['build'], { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}

export interface ProductionServer {
  origin: string;
  port: number;
  /** The secret its sessions are signed with, so a benchmark can sign members in. */
  authSecret: string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  port: number;
  databaseUrl: string;
  /** Extra environment: REDIS_URL, DATABASE_POOL_MAX, ... */
  env?: Record<string, string | undefined>;
  /** Where the server's own output goes; by default it is dropped unless the server fails to start. */
  onOutput?: (chunk: string) => void;
  startTimeoutMs?: number;
}

/**
 * Refuses a port something already listens on: the health wait below would
 * otherwise be answered by that other server, and its figures taken for ours.
 */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`Port ${port} is in use: stop whatever listens on it, or choose another port.`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** The production server on 127.0.0.1:`port`, resolved once /api/health reports the database. */
export async function startProductionServer(options: StartOptions): Promise<ProductionServer> {
  const { port, databaseUrl, startTimeoutMs = 60_000 } = options;
  await assertPortFree(port);
  const authSecret = options.env?.AUTH_SECRET ?? randomBytes(32).toString('base64url');
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [SERVER, '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      SITE_URL: options.env?.SITE_URL ?? origin,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    options.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exited = false;
  // A benchmark that dies half-way (an exception, process.exit) must not leave
  // a server holding the port and loading the database.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.on('exit', () => {
    exited = true;
    process.removeListener('exit', killOnExit);
  });
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited before it served a request:\n${output}`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { origin, port, authSecret, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within ${startTimeoutMs / 1000} s:\n${output}`);
}
