import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { htmlFile, jpegWithGps, plainPng, svgFile, truncated, zeroPng } from '@/tests/support/image-fixtures';

import { encodeImage, FULL_WIDTH_MAX, sniffFormat } from './pipeline';

const limits = { maxBytes: 15_000_000, maxPixels: 50_000_000 };

describe('encodeImage', () => {
  it('strips EXIF and GPS from a JPEG and serves it as WebP at each width', async () => {
    const upload = await jpegWithGps({ width: 2000, height: 1000 });
    expect((await sharp(upload).metadata()).exif).toBeDefined();
    const encoded = await encodeImage(upload, limits);
    if (!('renditions' in encoded)) throw new Error(encoded.message);
    expect(encoded.renditions.map((rendition) => rendition.width)).toEqual([480, 960, 1600, 2000]);
    expect(encoded.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const rendition of encoded.renditions) {
      const metadata = await sharp(rendition.bytes).metadata();
      expect(metadata.format).toBe('webp');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(rendition.bytes.includes(Buffer.from('VerdictCam'))).toBe(false);
      expect(metadata.width).toBe(rendition.width);
      expect(metadata.height).toBe(rendition.height);
    }
  });

  it('applies the EXIF orientation to the pixels, so a sideways photo stands up', async () => {
    const sideways = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const encoded = await encodeImage(sideways, limits);
    if (!('renditions' in encoded)) throw new Error(encoded.message);
    expect([encoded.width, encoded.height]).toEqual([300, 600]);
    const full = await sharp(encoded.renditions.at(-1)!.bytes).metadata();
    expect([full.width, full.height, full.orientation]).toEqual([300, 600, undefined]);
  });

  it('reads a PNG renamed .jpg by its content, and caps the full size', async () => {
    const png = await plainPng({ width: 3000, height: 300 });
    const encoded = await encodeImage(png, limits);
    if (!('renditions' in encoded)) throw new Error(encoded.message);
    expect(encoded.width).toBe(FULL_WIDTH_MAX);
    expect(encoded.renditions.at(-1)!.width).toBe(FULL_WIDTH_MAX);
  });

  it.each([
    ['an SVG', svgFile, 'not-an-image'],
    ['an HTML file named .png', htmlFile, 'not-an-image'],
    ['an empty file', Buffer.alloc(0), 'not-an-image'],
    ['a 20,000 × 20,000 picture', zeroPng(20_000, 20_000, 4), 'too-many-pixels'],
    ['a zip-bomb PNG (16,000 × 16,000 of zeros in a few kilobytes)', zeroPng(16_000, 16_000, 200), 'too-many-pixels'],
  ])('refuses %s', async (_name, bytes, reason) => {
    const encoded = await encodeImage(bytes, limits);
    expect(encoded).toMatchObject({ ok: false, reason });
    if ('message' in encoded) expect(encoded.message).toMatch(/\.$/);
  });

  it('refuses a truncated JPEG and a PNG whose data stops early', async () => {
    expect(await encodeImage(truncated(await jpegWithGps()), limits)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await encodeImage(zeroPng(800, 800, 100), limits)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('holds a picture to the configured pixel and byte limits', async () => {
    const bomb = zeroPng(2_000, 2_000);
    expect(bomb.length).toBeLessThan(50_000);
    expect(await encodeImage(bomb, { maxBytes: 15_000_000, maxPixels: 1_000_000 })).toMatchObject({ reason: 'too-many-pixels' });
    expect(await encodeImage(bomb, limits)).toMatchObject({ width: 2_000, height: 2_000 });
    expect(await encodeImage(bomb, { maxBytes: 1_000, maxPixels: 50_000_000 })).toMatchObject({ reason: 'too-large' });
  });
});

describe('sniffFormat', () => {
  it('knows the four formats by their first bytes and nothing else', async () => {
    expect(sniffFormat(await plainPng())).toBe('png');
    expect(sniffFormat(await jpegWithGps({ width: 16, height: 16 }))).toBe('jpeg');
    expect(
      sniffFormat(
        await sharp(await plainPng())
          .webp()
          .toBuffer(),
      ),
    ).toBe('webp');
    expect(
      sniffFormat(
        await sharp(await plainPng())
          .gif()
          .toBuffer(),
      ),
    ).toBe('gif');
    expect(sniffFormat(svgFile)).toBeNull();
    expect(sniffFormat(htmlFile)).toBeNull();
  });
});
