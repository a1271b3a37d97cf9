import { withDatabase } from './database';
import { expect, test } from './fixtures';

/** Parses XML in the browser, failing on anything that is not well-formed. */
async function parseXml(page: import('@playwright/test').Page, xml: string) {
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const error = document.querySelector('parsererror');
    if (error)
      return { error: error.textContent ?? 'parse error', entries: [] as Array<{ title: string; link: string }>, title: '' };
    const atom = 'http://www.w3.org/2005/Atom';
    return {
      error: null,
      title: document.documentElement.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? '',
      entries: [...document.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        title: entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? '',
        link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
      })),
    };
  }, xml);
}

test('/feed.xml is Atom with the newest reviews, newest first', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const feed = await parseXml(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.title).toBe('Verdict — newest reviews');

  const newest = await withDatabase(
    async (sql) =>
      sql<
        { id: number; title: string }[]
      >`select id, title from reviews where status = 'published' order by created_at desc, id desc limit 30`,
  );
  expect(feed.entries.map((entry) => new URL(entry.link).pathname)).toEqual(newest.map((review) => `/reviews/${review.id}`));
  expect(feed.entries[0]!.title.startsWith(newest[0]!.title)).toBe(true);
});

test('film and member feeds exist, unknown ones are 404, and pages announce their feeds', async ({ page, request }) => {
  const film = await request.get('/films/parasite/feed.xml');
  expect(film.status()).toBe(200);
  expect((await parseXml(page, await film.text())).error).toBeNull();
  expect((await request.get('/films/no-such-film/feed.xml')).status()).toBe(404);
  expect((await request.get('/u/jiwoo/feed.xml')).status()).toBe(200);
  expect((await request.get('/u/nobody-here/feed.xml')).status()).toBe(404);
  expect((await request.get('/u/%00bad/feed.xml')).status()).toBe(404);

  for (const [path, feed] of [
    ['/', '/feed.xml'],
    ['/films/parasite', '/films/parasite/feed.xml'],
    ['/u/jiwoo', '/u/jiwoo/feed.xml'],
  ]) {
    await page.goto(path!);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      new RegExp(`${feed!.replace(/\./g, '\\.')}$`),
    );
  }
});

test('Open Graph images are PNGs, with a fallback for what does not exist', async ({ page, request }) => {
  await page.goto('/films/rain-man');
  const filmImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  expect(filmImage).toMatch(/\/films\/rain-man\/opengraph-image/);
  const film = await request.get(new URL(filmImage!).pathname + new URL(filmImage!).search);
  expect(film.status()).toBe(200);
  expect(film.headers()['content-type']).toBe('image/png');
  const png = await film.body();
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);

  const reviewId = await withDatabase(
    async (sql) => (await sql<{ id: number }[]>`select id from reviews where status = 'published' limit 1`)[0]!.id,
  );
  const review = await request.get(`/reviews/${reviewId}/opengraph-image`);
  expect(review.status()).toBe(200);
  expect(review.headers()['content-type']).toBe('image/png');

  const missing = await request.get('/films/no-such-film/opengraph-image');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toBe('image/png');
});

test('sitemap.xml lists films and reviews; robots.txt points to it', async ({ page, request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const locations = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    if (document.querySelector('parsererror')) return null;
    return [...document.getElementsByTagName('loc')].map((loc) => new URL(loc.textContent ?? '').pathname);
  }, xml);
  expect(locations).toEqual(expect.arrayContaining(['/', '/films', '/films/miracle-in-cell-no-7-2019', '/u/jiwoo']));
  expect(locations!.some((path) => /^\/reviews\/\d+$/.test(path))).toBe(true);

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  for (const line of ['Disallow: /settings', 'Disallow: /notifications', 'Disallow: /api/']) expect(text).toContain(line);
  expect(text).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
});
