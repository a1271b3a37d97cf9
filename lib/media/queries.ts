import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { pictureUrl } from '@/lib/markdown/pictures';

import type { PictureFacts, Rendition, StoredImage } from './types';

/**
 * One width of a picture as /media serves it, or null when there is none
 * (or the picture is hidden: every read of a hidden picture finds nothing).
 * `width` null is the full size.
 */
export async function readRendition(hash: string, width: number | null): Promise<Rendition | null> {
  const [row] = await db.execute<{ bytes: Buffer; content_type: string }>(sql`
    select r.bytes, r.content_type
      from media_renditions r join media_images i on i.hash = r.image_hash
     where i.hash = ${hash} and i.hidden_at is null
       and ${width === null ? sql`true` : sql`r.width = ${width}`}
     order by r.width desc
     limit 1`);
  return row ? { bytes: row.bytes, contentType: row.content_type } : null;
}

/** The shown pictures among `hashes`, with their sizes: a hidden or unknown one is simply absent. */
export async function pictureFacts(hashes: readonly string[]): Promise<PictureFacts> {
  const wanted = [...new Set(hashes)];
  if (wanted.length === 0) return new Map();
  const rows = await db.execute<{ hash: string; width: number; height: number; widths: number[] }>(sql`
    select i.hash, i.width, i.height, array_agg(r.width order by r.width) as widths
      from media_images i join media_renditions r on r.image_hash = i.hash
     where i.hash in ${sql`(${sql.join(
       wanted.map((hash) => sql`${hash}`),
       sql`, `,
     )})`} and i.hidden_at is null
     group by i.hash`);
  return new Map(rows.map((row): [string, StoredImage] => [row.hash, { ...row, widths: row.widths.map(Number) }]));
}

export interface ExportedPicture {
  url: string;
  width: number;
  height: number;
  uploadedAt: string;
  hidden: boolean;
}

/** The member's uploads for "Download my data": where each can be fetched, not the bytes themselves. */
export async function picturesUploadedBy(memberId: string): Promise<ExportedPicture[]> {
  const rows = await db.execute<{ hash: string; width: number; height: number; created_at: Date; hidden: boolean }>(sql`
    select hash, width, height, created_at, hidden_at is not null as hidden
      from media_images where uploader_id = ${memberId} order by created_at, hash`);
  return rows.map((row) => ({
    url: pictureUrl(row.hash),
    width: row.width,
    height: row.height,
    uploadedAt: new Date(row.created_at).toISOString(),
    hidden: row.hidden,
  }));
}
