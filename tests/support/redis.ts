import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  dispose: () => Promise<void>;
}

const LOCAL_URL = 'redis://127.0.0.1:6379';
const REDIS_SERVER = '/usr/bin/redis-server';

/**
 * A Redis for the rate-limit tests, never a silent skip: TEST_REDIS_URL when
 * set, else the machine's Redis at 127.0.0.1:6379 when it answers, else a
 * redis-server started on a free port for this run (nothing kept on disk).
 * With none of these the tests fail and say how to install one. A shared
 * Redis may hold other data: tests write under a prefix of their own and
 * delete it afterwards.
 */
export async function provisionTestRedis(): Promise<TestRedis> {
  const configured = process.env.TEST_REDIS_URL;
  if (configured) {
    if (!(await answers(configured))) throw new Error('TEST_REDIS_URL is set but that Redis does not answer PING.');
    return { url: configured, dispose: async () => {} };
  }
  if (await answers(LOCAL_URL)) return { url: LOCAL_URL, dispose: async () => {} };
  if (existsSync(REDIS_SERVER)) return startRedisServer();
  throw new Error(
    'The rate-limit tests need Redis: set TEST_REDIS_URL, run one at 127.0.0.1:6379, ' +
      `or install redis-server so they can start their own (${REDIS_SERVER}): apt-get install -y redis-server`,
  );
}

/** Whether a Redis at `url` answers PING within half a second. */
export async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 500,
    commandTimeout: 500,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function startRedisServer(): Promise<TestRedis> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verdict-test-redis-'));
  const server = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;

  const dispose = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (server.exitCode !== null) break;
    if (await answers(url)) return { url, dispose };
    await sleep(100);
  }
  await dispose();
  throw new Error(`${REDIS_SERVER} did not start on port ${port}:\n${output}`);
}

/** A port nothing listens on at the moment it is returned. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Deletes every key matching `pattern` (SCAN, so a shared Redis is never blocked). */
export async function deleteKeys(url: string, pattern: string) {
  const client = new Redis(url, { lazyConnect: true });
  try {
    await client.connect();
    for await (const keys of client.scanStream({ match: pattern, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await client.unlink(...keys);
    }
  } finally {
    client.disconnect();
  }
}

export interface StallingProxy {
  url: string;
  /** From now on requests are held back: Redis looks connected but does not answer. */
  stall: () => void;
  /** Passes the held requests on, in order, and answers again. */
  resume: () => void;
  close: () => Promise<void>;
}

/**
 * A TCP proxy in front of a Redis that can hold requests back, as a stuck
 * server or a network partition would, without closing the connection.
 * Held requests are delivered late rather than dropped: Redis answers in
 * order, and a client matches answers to requests by that order.
 */
export async function startStallingProxy(targetUrl: string): Promise<StallingProxy> {
  const target = new URL(targetUrl);
  let held: Array<() => void> | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => {
      if (held) held.push(() => upstream.write(chunk));
      else upstream.write(chunk);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const proxied = new URL(targetUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return {
    url: proxied.toString(),
    stall: () => {
      held ??= [];
    },
    resume: () => {
      const waiting = held ?? [];
      held = null;
      for (const deliver of waiting) deliver();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
