import { describe, expect, it } from 'vitest';

import { renderMarkdownHtml } from '@/lib/markdown/html';

import { GONE_PICTURE, placePictures } from './placement';
import type { StoredImage } from './types';

const shown = 'a'.repeat(64);
const hidden = 'b'.repeat(64);
const facts = new Map<string, StoredImage>([[shown, { hash: shown, width: 2000, height: 1000, widths: [480, 960, 1600, 2000] }]]);

describe('placePictures', () => {
  it('gives a shown picture its size and widths, and keeps its caption', () => {
    const html = placePictures(renderMarkdownHtml(`![A "still"](/media/${shown}.webp "Crime scene recreation.")`), facts);
    expect(html).toBe(
      `<figure class="picture"><img src="/media/${shown}.webp" width="2000" height="1000" ` +
        `srcset="/media/${shown}-480.webp 480w, /media/${shown}-960.webp 960w, /media/${shown}-1600.webp 1600w, /media/${shown}.webp 2000w" ` +
        `sizes="(min-width: 48rem) 42rem, 100vw" alt="A &quot;still&quot;" loading="lazy" decoding="async">` +
        `<figcaption>Crime scene recreation.</figcaption></figure>`,
    );
  });

  it('turns a picture inside a spoiler block into a box that draws it only once opened', () => {
    const html = placePictures(
      renderMarkdownHtml(`:::spoiler\n![The "twist" & more](/media/${shown}.webp "Last scene")\n:::`),
      facts,
    );
    expect(html).toContain(
      `<span class="picture-held" role="img" aria-label="The &quot;twist&quot; &amp; more" style="--picture:url(/media/${shown}-960.webp);aspect-ratio:2000 / 1000;max-width:2000px"></span><figcaption>Last scene</figcaption>`,
    );
    expect(html).not.toContain('<img');
  });

  it('leaves out a hidden or unknown picture, caption and all', () => {
    const html = placePictures(renderMarkdownHtml(`Before\n\n![Gone](/media/${hidden}.webp "Caption")\n\nAfter`), facts);
    expect(html).toBe(`<p>Before</p>\n${GONE_PICTURE}\n<p>After</p>`);
  });

  it('renders any other image as a link, as before, and never as an img', () => {
    const html = placePictures(
      renderMarkdownHtml(`![x](https://tracker.example/x.png)\n\n![y](/media/${shown}.png)\n\n![z](/media/../${shown}.webp)`),
      facts,
    );
    expect(html).not.toMatch(/<img|<figure/);
    expect(html).toContain('<a href="https://tracker.example/x.png"');
  });
});
