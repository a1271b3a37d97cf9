import type { Page, Request } from '@playwright/test';
import sharp from 'sharp';

import { jpegWithGps, plainPng } from '../tests/support/image-fixtures';
import { establishMember } from './database';
import { expect, expectNoAxeViolations, newMember, signUp, test } from './fixtures';
import { startSecondServer } from './second-server';

const EDITOR = '/films/rain-man/review';
const PROSE =
  'Charlie Babbitt wants the money. What he gets is a brother he never knew, and six days on the road that change them both. '.repeat(
    5,
  );

const reviewBox = (page: Page) => page.getByRole('textbox', { name: 'Review', exact: true });
const hashOf = (markdown: string, index: number) => [...markdown.matchAll(/\/media\/([0-9a-f]{64})\.webp/g)][index]?.[1] ?? '';

/** Chooses a file under "Add image", describes it, and inserts it; returns the review's Markdown after. */
async function insertPicture(
  page: Page,
  file: { name: string; buffer: Buffer; mimeType: string },
  description: string,
  caption = '',
) {
  const before = await reviewBox(page).inputValue();
  await page.getByLabel('Add image').setInputFiles(file);
  await page.getByRole('textbox', { name: 'Image description' }).fill(description);
  await page.getByRole('textbox', { name: 'Caption' }).fill(caption);
  await page.getByRole('button', { name: 'Insert picture' }).click();
  await expect(reviewBox(page)).not.toHaveValue(before);
  await expect(reviewBox(page)).toHaveValue(new RegExp(`!\\[${description}\\]\\(/media/[0-9a-f]{64}\\.webp`));
  return reviewBox(page).inputValue();
}

/**
 * Writes a review with a photo (a JPEG carrying GPS EXIF) in the open and a
 * second picture inside a spoiler block, publishes it, and returns both hashes.
 */
async function publishWithPictures(page: Page) {
  const member = newMember();
  await signUp(page, member);
  await establishMember(member.handle);
  await page.goto(EDITOR);
  await page.getByRole('textbox', { name: 'Title' }).fill(`Pictures from the road ${Date.now()}`);
  await page.getByRole('radio', { name: '4 stars', exact: true }).check();
  await reviewBox(page).fill(PROSE);

  const photo = await jpegWithGps();
  expect((await sharp(photo).metadata()).exif).toBeDefined();
  await insertPicture(
    page,
    { name: 'road.jpg', mimeType: 'image/jpeg', buffer: photo },
    'The brothers by the car',
    'Somewhere in Ohio.',
  );
  // A PNG named .jpg: read by its content all the same.
  const markdown = await insertPicture(
    page,
    { name: 'ending.jpg', mimeType: 'image/jpeg', buffer: await plainPng({ width: 700, height: 400 }) },
    'Raymond at the window',
  );
  const open = hashOf(markdown, 0);
  const spoiler = hashOf(markdown, 1);
  const [prose, picture] = markdown.split(/\n\n(?=!\[Raymond)/);
  await reviewBox(page).fill(`${prose}\n\n:::spoiler The ending\n${picture!.trim()}\n:::\n`);
  await page.getByRole('button', { name: 'Post review' }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  return { open, spoiler, url: page.url() };
}

/** Every /media request the page makes from now on. */
function mediaRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/media/')) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

async function expectFigureAndHeldSpoiler(page: Page, pictures: { open: string; spoiler: string; url: string }) {
  const seen = mediaRequests(page);
  await page.goto(pictures.url);
  const figure = page.getByRole('figure', { name: 'Somewhere in Ohio.' });
  await expect(figure.getByRole('img', { name: 'The brothers by the car' })).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText('Somewhere in Ohio.');
  await expect(figure.getByRole('img')).toHaveJSProperty('complete', true);
  await expect.poll(() => seen.some((path) => path.includes(pictures.open))).toBe(true);
  expect(seen.filter((path) => path.includes(pictures.spoiler))).toEqual([]);

  const fetched = page.waitForRequest((request) => request.url().includes(pictures.spoiler));
  await page.getByText('Spoiler: The ending').click();
  await fetched;
  await expect(page.getByRole('img', { name: 'Raymond at the window' })).toBeVisible();
}

test('a photo uploaded with GPS EXIF is published as a figure without it, and a spoiler picture waits until opened', async ({
  page,
  request,
}) => {
  const pictures = await publishWithPictures(page);
  await expectFigureAndHeldSpoiler(page, pictures);
  await expectNoAxeViolations(page);

  const img = page.getByRole('img', { name: 'The brothers by the car' });
  await expect(img).toHaveAttribute('width', '1200');
  await expect(img).toHaveAttribute('height', '800');
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('srcset', new RegExp(`/media/${pictures.open}-480\\.webp 480w`));

  const served = await request.get(`/media/${pictures.open}.webp`);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/webp');
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(served.headers()['etag']).toBe(`"${pictures.open}"`);
  const metadata = await sharp(await served.body()).metadata();
  expect([metadata.format, metadata.width, metadata.exif, metadata.xmp]).toEqual(['webp', 1200, undefined, undefined]);
  expect((await served.body()).includes(Buffer.from('VerdictCam'))).toBe(false);
  expect(
    (await request.get(`/media/${pictures.open}.webp`, { headers: { 'if-none-match': `"${pictures.open}"` } })).status(),
  ).toBe(304);
  expect((await request.get(`/media/${'0'.repeat(64)}.webp`)).status()).toBe(404);
  expect((await request.get('/media/..%2F..%2Fetc%2Fpasswd')).status()).toBe(404);

  const policy = (await request.get(pictures.url)).headers()['content-security-policy'] ?? '';
  expect(policy).toContain("img-src 'self' data: blob:");
});

test('another instance of the same build serves a picture uploaded through the first', async ({ page, request }) => {
  const pictures = await publishWithPictures(page);
  const second = await startSecondServer({});
  try {
    const [here, there] = await Promise.all([
      request.get(`/media/${pictures.open}-480.webp`),
      request.get(`${second.url}/media/${pictures.open}-480.webp`),
    ]);
    expect(there.status()).toBe(200);
    expect(Buffer.compare(await there.body(), await here.body())).toBe(0);
    const other = await page.context().newPage();
    await other.goto(`${second.url}${new URL(pictures.url).pathname}`);
    await expect(other.getByRole('img', { name: 'The brothers by the car' })).toHaveJSProperty('complete', true);
    // The width srcset chose for the column, as the browser decoded it: bytes from the second server.
    expect(
      await other.getByRole('img', { name: 'The brothers by the car' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
  } finally {
    await second.stop();
  }
});

test('a file that is not a picture gets a message beside "Add image", and what was typed stays', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto(EDITOR);
  await page.getByRole('textbox', { name: 'Title' }).fill('Kept title');
  await reviewBox(page).fill(PROSE);
  await page.getByLabel('Add image').setInputFiles({
    name: 'cat.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
  });
  await page.getByRole('textbox', { name: 'Image description' }).fill('A cat');
  await page.getByRole('button', { name: 'Insert picture' }).click();
  await expect(page.locator('#image-error')).toContainText('That file is not a picture Verdict can show.');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Kept title');
  await expect(page.getByRole('textbox', { name: 'Image description' })).toHaveValue('A cat');
  await expect(reviewBox(page)).toHaveValue(PROSE);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same review is written and read, and the spoiler picture still waits until opened', async ({ page }) => {
    const pictures = await publishWithPictures(page);
    await expectFigureAndHeldSpoiler(page, pictures);
  });
});
