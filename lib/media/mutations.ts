import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Executor, type Transaction } from '@/db';
import { mediaImages, mediaRenditions } from '@/db/schema';
import { env } from '@/lib/env';

import { encodeImage, type EncodedImage, type ImageLimits } from './pipeline';
import type { ImageQuota } from './quotas';
import type { ImageOutcome, ImagePurpose, StoredImage } from './types';

/** The first key of the per-uploader advisory lock ("vm"): counting and inserting cannot interleave. */
const UPLOAD_LOCK_SPACE = 0x766d;

export function configuredImageLimits(): ImageLimits {
  const { MEDIA_MAX_UPLOAD_BYTES, MEDIA_MAX_PIXELS } = env();
  return { maxBytes: MEDIA_MAX_UPLOAD_BYTES, maxPixels: MEDIA_MAX_PIXELS };
}

export interface StoreImageOptions {
  /** Who uploaded it: the quota is theirs, and account deletion finds their pictures by it. */
  uploader: { id: string };
  purpose: ImagePurpose;
  /** Null for uploads that are not a member's (a film poster from the catalogue). */
  quota?: ImageQuota | null;
  limits?: ImageLimits;
}

/**
 * Decodes, strips and re-encodes an upload (lib/media/pipeline.ts), then
 * stores every width in one transaction, content-addressed: the same
 * picture uploaded again is the row already there, and costs no quota.
 * The decode runs before the transaction so no connection waits on sharp.
 * What is stored is only the re-encode; the upload's own bytes never are.
 */
export async function storeImage(executor: Executor, bytes: Uint8Array, options: StoreImageOptions): Promise<ImageOutcome> {
  const encoded = await encodeImage(bytes, options.limits ?? configuredImageLimits());
  if (!('renditions' in encoded)) return encoded;
  return executor.transaction((tx) => insertEncoded(tx, encoded, options));
}

/** A picture a member uploads into a review, held to their quota. */
export function storeMemberPicture(member: { id: string }, bytes: Uint8Array, quota: ImageQuota): Promise<ImageOutcome> {
  return storeImage(db, bytes, { uploader: member, purpose: 'review', quota });
}

async function insertEncoded(tx: Transaction, encoded: EncodedImage, options: StoreImageOptions): Promise<ImageOutcome> {
  const { uploader, purpose, quota = null } = options;
  const image: StoredImage = {
    hash: encoded.hash,
    width: encoded.width,
    height: encoded.height,
    widths: encoded.renditions.map((rendition) => rendition.width),
  };
  await tx.execute(sql`select pg_advisory_xact_lock(${UPLOAD_LOCK_SPACE}, hashtext(${uploader.id}))`);

  const [existing] = await tx.execute<{ hidden: boolean }>(
    sql`select hidden_at is not null as hidden from media_images where hash = ${encoded.hash}`,
  );
  if (existing?.hidden) {
    return { ok: false, reason: 'removed', message: 'That picture was removed by a moderator and cannot be used.' };
  }
  if (existing) return { ok: true, image };

  const storedBytes = encoded.renditions.reduce((total, rendition) => total + rendition.bytes.length, 0);
  if (quota) {
    const [usage] = await tx.execute<{ pictures: number; bytes: number }>(sql`
      select count(*)::int as pictures, coalesce(sum(stored_bytes), 0)::bigint::float8 as bytes
        from media_images
       where uploader_id = ${uploader.id} and created_at > now() - interval '1 day'`);
    if ((usage?.pictures ?? 0) + 1 > quota.picturesPerDay || (usage?.bytes ?? 0) + storedBytes > quota.bytesPerDay) {
      return {
        ok: false,
        reason: 'quota',
        message: `You have uploaded as many pictures as you can today (${quota.picturesPerDay} pictures or ${Math.round(quota.bytesPerDay / 1_000_000)} MB a day). Try again tomorrow.`,
      };
    }
  }

  // A parallel upload of the same picture by someone else may have landed first: theirs stands.
  const inserted = await tx
    .insert(mediaImages)
    .values({ hash: encoded.hash, uploaderId: uploader.id, purpose, width: encoded.width, height: encoded.height, storedBytes })
    .onConflictDoNothing()
    .returning({ hash: mediaImages.hash });
  if (inserted.length > 0) {
    await tx.insert(mediaRenditions).values(
      encoded.renditions.map((rendition) => ({
        imageHash: encoded.hash,
        width: rendition.width,
        height: rendition.height,
        contentType: 'image/webp',
        bytes: rendition.bytes,
      })),
    );
  }
  return { ok: true, image };
}

/**
 * Hides a picture everywhere it is used (the /media route answers 404, pages
 * leave its figure out) or shows it again. For moderators' actions; it
 * returns whether such a picture exists.
 */
export async function setImageHidden(hash: string, hidden: boolean, executor: Executor = db): Promise<boolean> {
  const rows = await executor.execute(
    sql`update media_images set hidden_at = ${hidden ? sql`coalesce(hidden_at, now())` : sql`null`} where hash = ${hash} returning hash`,
  );
  return rows.length > 0;
}

/** Account deletion with the member's writing removed: their pictures go with it (every width cascades). */
export async function removeImagesUploadedBy(tx: Transaction, memberId: string): Promise<void> {
  await tx.execute(sql`delete from media_images where uploader_id = ${memberId}`);
}
