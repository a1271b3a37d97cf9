import type { Image, Nodes } from 'mdast';

import { parseMemberMarkdown } from './parse';
import { isSpoiler } from './spoilers';

/**
 * A picture uploaded to Verdict, as the editor writes it into a review:
 * `![description](/media/<hash>.webp "caption")`. Only this URL becomes an
 * `<img>`; any other image stays a link, so a review never makes a reader's
 * browser ask a third party for anything.
 */
export const PICTURE_URL = /^\/media\/([0-9a-f]{64})\.webp$/;

export function pictureHash(url: string): string | null {
  return PICTURE_URL.exec(url)?.[1] ?? null;
}

export function pictureUrl(hash: string, width?: number): string {
  return width === undefined ? `/media/${hash}.webp` : `/media/${hash}-${width}.webp`;
}

/**
 * Every picture hash a text mentions, without parsing it: a superset of the
 * pictures it shows (one inside code is mentioned, not shown), cheap enough
 * for a request to run on any text, however long or shaped.
 */
export function pictureHashesMentioned(source: string): string[] {
  return [...new Set(Array.from(source.matchAll(/\/media\/([0-9a-f]{64})\.webp/g), (match) => match[1]!))];
}

export interface PictureInText {
  hash: string;
  description: string;
  caption: string;
  inSpoiler: boolean;
}

/** Every uploaded picture a text shows, in order, read with the page's own parser. */
export function picturesIn(source: string): PictureInText[] {
  const pictures: PictureInText[] = [];
  const walk = (node: Nodes, inSpoiler: boolean) => {
    const hidden = inSpoiler || isSpoiler(node);
    if (node.type === 'image') {
      const picture = pictureOf(node, hidden);
      if (picture) pictures.push(picture);
    }
    if ('children' in node) for (const child of node.children) walk(child, hidden);
  };
  walk(parseMemberMarkdown(source), false);
  return pictures;
}

/** The first picture outside every spoiler: what a card or a share preview may show. */
export function firstOpenPicture(source: string): PictureInText | null {
  return picturesIn(source).find((picture) => !picture.inSpoiler) ?? null;
}

function pictureOf(node: Image, inSpoiler: boolean): PictureInText | null {
  const hash = pictureHash(node.url);
  if (!hash) return null;
  return { hash, description: (node.alt ?? '').trim(), caption: (node.title ?? '').trim(), inSpoiler };
}

/** Whether a paragraph is one picture and nothing else (blank text around it aside): the form a figure takes. */
export function isLonePicture(children: Nodes[]): Image | null {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && only?.type === 'image' && pictureHash(only.url) ? only : null;
}
