import { pictureUrl } from '@/lib/markdown/pictures';

import type { PictureFacts, StoredImage } from './types';

/**
 * Sizes are facts about the stored picture, not about the text, so the
 * Markdown renderer (which sees only the text, and is remembered by it)
 * leaves them out and this fills them in on the page: `width`/`height` so
 * the page does not jump as pictures arrive, and `srcset` so a phone fetches
 * the 480-pixel width. A picture missing from `facts` is hidden or gone,
 * and its figure leaves with it. This reads only the renderer's own output
 * (lib/markdown/elements.ts), whose shape is fixed, never member HTML.
 */
const FIGURE = /<figure class="picture">([\s\S]*?)<\/figure>/g;
const SHOWN = /^<img src="\/media\/([0-9a-f]{64})\.webp"/;
const HELD = /^<a href="\/media\/([0-9a-f]{64})\.webp"[^>]*>([^<]*)<\/a>/;

/** The column a review is read in: below it the picture fills the screen. */
export const PICTURE_SIZES = '(min-width: 48rem) 42rem, 100vw';

export const GONE_PICTURE = '<p class="picture-gone">This picture is no longer available.</p>';

export function placePictures(html: string, facts: PictureFacts): string {
  if (!html.includes('<figure class="picture">')) return html;
  return html.replace(FIGURE, (figure, inner: string) => {
    const shown = SHOWN.exec(inner);
    const held = shown ? null : HELD.exec(inner);
    const hash = shown?.[1] ?? held?.[1];
    const image = hash ? facts.get(hash) : undefined;
    if (!image) return GONE_PICTURE;
    if (shown) return figure.replace(shown[0], `${shown[0]} width="${image.width}" height="${image.height}" ${srcset(image)}`);
    return figure.replace(held![0], heldBox(image, held![2]!));
  });
}

function srcset(image: StoredImage): string {
  const candidates = image.widths.map((width) =>
    width === image.width ? `${pictureUrl(image.hash)} ${width}w` : `${pictureUrl(image.hash, width)} ${width}w`,
  );
  return `srcset="${candidates.join(', ')}" sizes="${PICTURE_SIZES}"`;
}

/**
 * A picture inside a spoiler block: a box drawn with the picture only while
 * the block is open (`.spoiler-block[open] .picture-held` in globals.css
 * reads `--picture`), so closed, nothing is fetched. The link's text is
 * "Show picture: <description>", already escaped as text; as an attribute
 * it needs its quotes escaped too.
 */
function heldBox(image: StoredImage, linkText: string): string {
  const description = linkText.replace(/^Show picture(: )?/, '').replace(/"/g, '&quot;');
  const width = image.widths.find((candidate) => candidate >= 960) ?? image.width;
  const url = width === image.width ? pictureUrl(image.hash) : pictureUrl(image.hash, width);
  const style = `--picture:url(${url});aspect-ratio:${image.width} / ${image.height};max-width:${image.width}px`;
  return `<span class="picture-held" role="img" aria-label="${description}" style="${style}"></span>`;
}
