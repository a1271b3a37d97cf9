import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { createdAt, timestamptz } from './columns';
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Uploaded pictures, named by the SHA-256 of their full-size re-encoded
 * bytes (`hash`), so the same picture uploaded twice is one row and its URL
 * (`/media/<hash>.webp`) can be cached forever. What a decoder read from the
 * upload is never stored: only sharp's re-encode, without metadata.
 *
 * `hiddenAt` is set by a moderator; every read (the /media route, review
 * pages, feeds) treats a hidden picture as gone. `uploaderId` goes null only
 * if the member row itself is ever removed: account deletion keeps the
 * tombstone, and either deletes these rows (writing removed) or keeps them
 * with the kept reviews.
 */
export const mediaImages = pgTable(
  'media_images',
  {
    hash: text().primaryKey(),
    uploaderId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Why it was uploaded: a review picture today; a film poster later. */
    purpose: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    /** Every rendition's bytes together: what the daily quota counts. */
    storedBytes: integer().notNull(),
    hiddenAt: timestamptz(),
    createdAt: createdAt(),
  },
  (table) => [
    index('media_images_uploader_created_idx').on(table.uploaderId, table.createdAt),
    check('media_images_hash_shape', sql`${table.hash} ~ '^[0-9a-f]{64}$'`),
    check('media_images_purpose_known', sql`${table.purpose} in ('review', 'poster')`),
  ],
);

/** Each width a picture is served at, as WebP bytes. The full size has the picture's own width. */
export const mediaRenditions = pgTable(
  'media_renditions',
  {
    imageHash: text()
      .notNull()
      .references(() => mediaImages.hash, { onDelete: 'cascade' }),
    width: integer().notNull(),
    height: integer().notNull(),
    contentType: text().notNull(),
    bytes: bytea().notNull(),
  },
  (table) => [primaryKey({ columns: [table.imageHash, table.width] })],
);
