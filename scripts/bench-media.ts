/**
 * `npm run bench:media`: what pictures cost.
 *
 * 1. Upload to published, for a 12-megapixel photo (4000 × 3000 JPEG with
 *    EXIF): what "Insert picture" then "Post review" do on the server, in
 *    process: decode, strip and re-encode every width (lib/media/pipeline.ts),
 *    store (storeImage), save the review that shows it (saveReview), and
 *    render the published page's body with its pictures placed. HTTP and the
 *    browser's own upload time are left out: they are the network's.
 * 2. `/media` requests per second beside `/api/health` on the production
 *    server (built if the build is stale), both through autocannon: the
 *    picture is read from PostgreSQL on every request (the CDN or the
 *    browser's immutable cache would answer most of them in production).
 *
 * A benchmark, not a test: it prints figures. Uses a database of its own
 * (TEST_DATABASE_URL's server, else an embedded PostgreSQL) and drops it.
 * Options: --runs=N uploads (3), --seconds=S of load per route (10), --port=P (3530).
 */
import { performance } from 'node:perf_hooks';

import sharp from 'sharp';

import { loadFigures, runAutocannon } from './bench/load';
import { numberOption } from './bench/options';
import { ms, perSecond } from './bench/report';
import { ensureProductionBuild, startProductionServer } from './bench/production-server';
import { runMain } from './run-main';

const RUNS = numberOption('runs', 3);
const SECONDS = numberOption('seconds', 10);
const PORT = numberOption('port', 3530);
const CONNECTIONS = 20;

/** A photo-like 12-megapixel JPEG: noise does not compress away, as a real photo's detail does not. */
async function twelveMegapixelPhoto(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 90 + seed, g: 110, b: 70 },
      noise: { type: 'gaussian', mean: 120, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'BenchCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
    .toBuffer();
}

async function main(): Promise<number> {
  const { sql } = await import('drizzle-orm');
  const { provisionTestDatabase } = await import('../tests/support/test-database');
  const database = await provisionTestDatabase('bench-media');
  process.env.DATABASE_URL = database.url;
  const { db, closeDatabase } = await import('../db/index');
  const { storeImage } = await import('../lib/media/mutations');
  const { saveReview } = await import('../lib/reviews/mutations');
  const { renderMemberHtml } = await import('../lib/markdown/rendered');
  const { closeRenderPool } = await import('../lib/markdown/render-pool');
  const { pictureHashesMentioned, pictureUrl } = await import('../lib/markdown/pictures');
  const { placePictures } = await import('../lib/media/placement');
  const { pictureFacts } = await import('../lib/media/queries');

  try {
    const [film] = await db.execute<{ slug: string }>(sql`
      insert into films (slug, title, year, country, language) values ('bench-film', 'Bench film', 2013, 'KR', 'ko') returning slug`);
    const prose = 'The camera lingers on faces that say more than any line of dialogue could. '.repeat(12);

    console.log(`› Upload to published, 12-megapixel JPEG (4000 × 3000), ${RUNS} runs`);
    const timings: Array<{ encodeStore: number; publish: number; total: number; bytes: number }> = [];
    let hash = '';
    for (let run = 0; run < RUNS; run += 1) {
      const photo = await twelveMegapixelPhoto(run);
      const [author] = await db.execute<{ id: string }>(sql`
        insert into users (handle, display_name, email) values (${`bench-${run}`}, 'Bench', ${`bench-${run}@example.com`}) returning id`);
      const started = performance.now();
      const stored = await storeImage(db, photo, { uploader: author!, purpose: 'review' });
      const storedAt = performance.now();
      if (!stored.ok) throw new Error(stored.message);
      hash = stored.image.hash;
      const body = `${prose}\n\n![A bench photo](${pictureUrl(hash)} "A caption")\n`;
      const saved = await saveReview(author!, film!.slug, { title: 'Bench', body, rating: 7, containsSpoilers: false });
      if (!saved.ok) throw new Error('the review was not saved');
      const rendered = await renderMemberHtml(body);
      if (!rendered.ok) throw new Error('the review did not render');
      placePictures(rendered.html, await pictureFacts(pictureHashesMentioned(body)));
      const done = performance.now();
      timings.push({ encodeStore: storedAt - started, publish: done - storedAt, total: done - started, bytes: photo.length });
    }
    for (const [index, timing] of timings.entries()) {
      console.log(
        `  run ${index + 1}: ${(timing.bytes / 1e6).toFixed(1)} MB upload · decode+strip+encode+store ${ms(timing.encodeStore)} ms · save+render ${ms(timing.publish)} ms · total ${ms(timing.total)} ms`,
      );
    }
    const totals = timings.map((timing) => timing.total).sort((a, b) => a - b);
    console.log(`  median upload to published: ${ms(totals[Math.floor(totals.length / 2)]!)} ms`);

    await ensureProductionBuild();
    const server = await startProductionServer({ port: PORT, databaseUrl: database.url });
    try {
      const routes: Array<[string, string]> = [
        ['/api/health', '/api/health'],
        ['/media (full size, 2400 wide)', pictureUrl(hash)],
        ['/media (480 wide)', pictureUrl(hash, 480)],
      ];
      console.log(`› ${CONNECTIONS} connections, ${SECONDS} s per route`);
      for (const [name, path] of routes) {
        const accepted = (status: number) => status === 200;
        const run = await runAutocannon(
          { url: `${server.origin}${path}`, connections: CONNECTIONS, duration: SECONDS },
          accepted,
        );
        const figures = loadFigures([run], CONNECTIONS, accepted);
        console.log(
          `  ${name.padEnd(32)} ${perSecond(figures.requestsPerSecond).padStart(7)} req/s · p50 ${ms(figures.latencyMs.p50)} ms · p99 ${ms(figures.latencyMs.p99)} ms · errors ${figures.errors.total}`,
        );
      }
    } finally {
      await server.stop();
    }
    return 0;
  } finally {
    await closeRenderPool();
    await closeDatabase();
    await database.dispose();
  }
}

runMain(main);
