import { createHash } from 'node:crypto';

import sharp from 'sharp';

import type { ImageOutcome } from './types';

/** Widths a picture is also served at, when it is wider: what `srcset` offers a phone, a column and a wide screen. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;
/** The full size is capped too: nobody reads a review on a 6000-pixel screen. */
export const FULL_WIDTH_MAX = 2400;

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface EncodedImage {
  hash: string;
  width: number;
  height: number;
  renditions: Array<{ width: number; height: number; bytes: Buffer }>;
}

type Refused = Extract<ImageOutcome, { ok: false }>;

/**
 * The formats a member may upload, told by their first bytes (never by the
 * file's name or the browser's type): JPEG, PNG, WebP, GIF. SVG is refused
 * (it is a document that can carry script), and so is everything else
 * before sharp reads any of it.
 */
export function sniffFormat(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | 'gif' | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

const refused = (reason: Refused['reason'], message: string): Refused => ({ ok: false, reason, message });

/**
 * Decodes an upload and re-encodes it as WebP at each width, or says why not.
 * The header is read first, so a picture that claims too many pixels (a
 * 20,000 × 20,000 canvas, a tiny compressed "bomb") is refused before any
 * pixel is decoded; `limitInputPixels` holds the decoder to the same cap.
 * Orientation is applied to the pixels and every metadata block (EXIF, GPS,
 * XMP, ICC) is left behind, because the output is a fresh encode and
 * `withMetadata` is never called. Only the first frame of an animation is kept.
 */
export async function encodeImage(bytes: Uint8Array, limits: ImageLimits): Promise<EncodedImage | Refused> {
  const megabytes = (limits.maxBytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
  if (bytes.byteLength === 0) return refused('not-an-image', 'That file is empty. Choose a JPEG, PNG, WebP or GIF picture.');
  if (bytes.byteLength > limits.maxBytes) {
    return refused('too-large', `That picture is larger than ${megabytes} MB. Choose a smaller file.`);
  }
  if (!sniffFormat(bytes)) {
    return refused('not-an-image', 'That file is not a picture Verdict can show. Choose a JPEG, PNG, WebP or GIF picture.');
  }

  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const open = () => sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error', pages: 1, sequentialRead: true });
  let width: number;
  try {
    const metadata = await open().metadata();
    if (!metadata.width || !metadata.height) return damaged();
    if (metadata.width * metadata.height > limits.maxPixels) return tooManyPixels(limits.maxPixels);
    // Sideways EXIF orientations (5–8) make the picture's height its shown width.
    width = (metadata.orientation ?? 1) >= 5 ? metadata.height : metadata.width;
  } catch (error) {
    return overLimit(error) ? tooManyPixels(limits.maxPixels) : damaged();
  }

  const fullWidth = Math.min(width, FULL_WIDTH_MAX);
  const widths = [...RENDITION_WIDTHS.filter((candidate) => candidate < fullWidth), fullWidth];
  try {
    // One decode, shared by every width: clones of the same pipeline.
    const upright = open().rotate();
    const renditions = await Promise.all(
      widths.map(async (target) => {
        const { data, info } = await upright
          .clone()
          .resize({ width: target, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { width: target, height: info.height, bytes: data };
      }),
    );
    const full = renditions[renditions.length - 1]!;
    const hash = createHash('sha256').update(full.bytes).digest('hex');
    return { hash, width: full.width, height: full.height, renditions };
  } catch (error) {
    return overLimit(error) ? tooManyPixels(limits.maxPixels) : damaged();
  }
}

/** sharp refuses to even read the header of a picture past `limitInputPixels`. */
function overLimit(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

function damaged(): Refused {
  return refused('damaged', 'That picture is damaged or incomplete, so it could not be read. Try exporting it again.');
}

function tooManyPixels(maxPixels: number): Refused {
  const megapixels = Math.floor(maxPixels / 1_000_000);
  return refused('too-many-pixels', `That picture has more than ${megapixels} megapixels. Resize it and try again.`);
}
