/** Why a file was not stored, for code to branch on; each comes with a message a member can read. */
export type ImageRefusal = 'not-an-image' | 'too-large' | 'too-many-pixels' | 'damaged' | 'quota' | 'removed';

export type ImageOutcome = { ok: true; image: StoredImage } | { ok: false; reason: ImageRefusal; message: string };

/** A picture as stored: what a caller needs to write its Markdown and lay it out. */
export interface StoredImage {
  hash: string;
  width: number;
  height: number;
  /** Every width it is served at, smallest first; the last is the full size. */
  widths: number[];
}

/** What a page needs to place the pictures a text shows, by hash; a hash missing from it is hidden or gone. */
export type PictureFacts = ReadonlyMap<string, StoredImage>;

export type ImagePurpose = 'review' | 'poster';

/** One stored width, as /media serves it. */
export interface Rendition {
  bytes: Buffer;
  contentType: string;
}
