import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';

import { clusterPassword, LEGACY_PASSWORD, passwordFile, startEmbeddedPostgres } from './embedded';

const folders: string[] = [];
async function dataFolder() {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'verdict-embedded-'));
  folders.push(folder);
  return path.join(folder, 'postgres');
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('clusterPassword', () => {
  it('gives a new cluster a random password, kept beside it for its owner only', async () => {
    const [one, two] = [await dataFolder(), await dataFolder()];
    const password = await clusterPassword(one);
    expect(password).toMatch(/^[\w-]{32}$/);
    expect(password).not.toBe(LEGACY_PASSWORD);
    expect(await clusterPassword(two)).not.toBe(password);
    expect((await readFile(passwordFile(one), 'utf8')).trim()).toBe(password);
    expect((await stat(passwordFile(one))).mode & 0o777).toBe(0o600);
  });

  it('reads an initialised cluster’s password from its file, and the old constant when it has none', async () => {
    const dir = await dataFolder();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'PG_VERSION'), '18\n');
    expect(await clusterPassword(dir)).toBe(LEGACY_PASSWORD);
    await writeFile(passwordFile(dir), 'kept-from-initdb\n');
    expect(await clusterPassword(dir)).toBe('kept-from-initdb');
  });
});

async function canConnect(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await sql<{ ok: number }[]>`select 1 as ok`;
    return row?.ok === 1;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe('startEmbeddedPostgres', () => {
  it(
    'opens a new cluster with its own password after a restart, and a cluster made before with the old one',
    { timeout: 120_000 },
    async () => {
      const dir = await dataFolder();
      const first = await startEmbeddedPostgres({ dir, database: 'verdict', throwaway: true });
      const password = decodeURIComponent(new URL(first.url).password);
      expect(password).not.toBe(LEGACY_PASSWORD);
      const legacyUrl = new URL(first.url);
      legacyUrl.password = LEGACY_PASSWORD;
      expect(await canConnect(legacyUrl.href)).toBe(false);
      await first.stop();

      const again = await startEmbeddedPostgres({ dir, database: 'verdict', throwaway: true });
      expect(decodeURIComponent(new URL(again.url).password)).toBe(password);
      expect(await canConnect(again.url)).toBe(true);
      // Make it a folder from before: initialised with the old constant, and no password file.
      const admin = postgres(again.adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`alter user postgres password '${LEGACY_PASSWORD}'`);
      await admin.end({ timeout: 5 });
      await again.stop();
      await rm(passwordFile(dir));

      const before = await startEmbeddedPostgres({ dir, database: 'verdict', throwaway: true });
      try {
        expect(decodeURIComponent(new URL(before.url).password)).toBe(LEGACY_PASSWORD);
        expect(await canConnect(before.url)).toBe(true);
      } finally {
        await before.stop();
      }
    },
  );
});
