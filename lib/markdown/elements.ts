import type { ElementContent, Root as HastRoot } from 'hast';
import type { Heading, Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

import { isLonePicture } from './pictures';
import { isSpoiler, type SpoilerBlock, type SpoilerSpan } from './spoilers';
import { safeImageUrl, safeLinkUrl } from './urls';

/**
 * How member Markdown is shown on a page (the excerpt does not need any of it):
 *
 * - headings become an outline under the page's h1: the shallowest level the
 *   author used becomes h2 and no heading skips a level below the one before,
 *   so a review that starts at `##` still reads in order to a screen reader;
 * - a paragraph that is one uploaded picture (`/media/<hash>.webp`, see
 *   lib/markdown/pictures.ts) becomes a `<figure>`, its title the caption;
 *   every other image is never loaded (it would tell a third party who reads
 *   the review): each becomes a link to the image, or plain text;
 * - footnotes read as typed: they would need ids, which collide when several
 *   comments render on one page;
 * - raw HTML and table column alignment are dropped;
 * - spoilers become a `<details>` block or a focusable span.
 */
export const remarkMemberElements: Plugin<[], Root> = () => (tree) => {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });

  let shallowest = 6;
  visit(tree, 'heading', (node) => {
    shallowest = Math.min(shallowest, node.depth);
  });
  let previousDepth = 1;

  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      const depth = Math.min(6, node.depth - shallowest + 2, previousDepth + 1) as Heading['depth'];
      node.depth = depth;
      previousDepth = depth;
      return;
    }
    if (node.type === 'table') {
      // Alignment would reach the page as a style attribute; member content carries none.
      node.align = null;
      return;
    }
    if (node.type === 'containerDirective' && isSpoiler(node)) {
      holdPictures(node);
      showSpoilerBlock(node);
      return;
    }
    if (node.type === 'textDirective' && isSpoiler(node)) {
      showSpoilerSpan(node);
      return;
    }
    if (node.type === 'paragraph') {
      const picture = isLonePicture(node.children);
      if (!picture) return;
      showPicture(node, picture);
      return SKIP;
    }
    if (!parent || index === undefined) return;
    const siblings = parent.children as RootContent[];
    switch (node.type) {
      case 'html':
        siblings.splice(index, 1);
        return index;
      case 'image':
        siblings[index] = imageLink(node.alt, node.url, node.title);
        return SKIP;
      case 'imageReference':
        siblings[index] = imageLink(node.alt, definitions.get(node.identifier) ?? '', undefined);
        return SKIP;
      case 'footnoteReference':
        siblings[index] = { type: 'text', value: `[^${node.label ?? node.identifier}]` };
        return SKIP;
      case 'footnoteDefinition': {
        const marker = { type: 'text', value: `[^${node.label ?? node.identifier}]: ` } as const;
        const [first, ...rest] = node.children;
        const content: RootContent[] =
          first?.type === 'paragraph'
            ? [{ ...first, children: [marker, ...first.children] }, ...rest]
            : [{ type: 'paragraph', children: [marker] }, ...node.children];
        siblings.splice(index, 1, ...content);
        return index;
      }
      default:
        return;
    }
  });
};

function showSpoilerBlock(node: SpoilerBlock) {
  const [first, ...rest] = node.children;
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
  const summary: Paragraph = {
    type: 'paragraph',
    data: { hName: 'summary' },
    children: label ? [{ type: 'text', value: 'Spoiler: ' }, ...label.children] : [{ type: 'text', value: 'Spoiler' }],
  };
  node.children = [summary, ...(label ? rest : node.children)];
  node.data = { hName: 'details', hProperties: { className: ['spoiler-block'] } };
}

/**
 * Not an inline `<details>`: that is flow content, and inside a `<p>` the
 * HTML parser would close the paragraph at it (and React would fail to
 * hydrate). A focusable span is valid anywhere. Until it has focus,
 * globals.css shows only its cover, the word "Spoiler", and gives its words
 * `display: none`: so they are out of the accessibility tree, out of
 * find-in-page and out of a copied selection, with or without JavaScript.
 * Click, tap or Tab reveals them.
 */
function showSpoilerSpan(node: SpoilerSpan) {
  const part = (className: string, children: PhrasingContent[]): PhrasingContent => ({
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: [className] } },
    children,
  });
  node.children = [part('spoiler-cover', [{ type: 'text', value: 'Spoiler' }]), part('spoiler-text', node.children)];
  node.data = { hName: 'span', hProperties: { className: ['spoiler'], tabIndex: 0 } };
}

/**
 * Lazy, so a picture far down the page, or inside a closed spoiler block
 * (which the browser does not lay out), is not fetched until it would be
 * seen. Width, height and srcset are facts about the stored picture, not the
 * text: lib/media/placement.ts adds them on the page.
 */
function showPicture(node: Paragraph, image: Image) {
  const caption = (image.title ?? '').trim();
  const picture: Image = { ...image, title: null, data: { hProperties: { loading: 'lazy', decoding: 'async' } } };
  const figcaption: PhrasingContent = {
    type: 'emphasis',
    data: { hName: 'figcaption' },
    children: [{ type: 'text', value: caption }],
  };
  node.children = caption ? [picture, figcaption] : [picture];
  node.data = { hName: 'figure', hProperties: { className: ['picture'] } };
}

/**
 * A picture inside a spoiler block must not be fetched before the block is
 * opened. `loading="lazy"` is not enough: a browser with scripting off loads
 * lazy images at once (lazy loading would let a page track scrolling without
 * script), closed or not. So it is written as a link to the picture, which
 * lib/media/placement.ts turns into a box that draws the picture as a CSS
 * background only inside an open block (globals.css, `.picture-held`): no
 * request until then, with or without JavaScript.
 */
function holdPictures(block: SpoilerBlock) {
  visit(block, 'paragraph', (paragraph) => {
    const picture = isLonePicture(paragraph.children);
    if (!picture) return;
    showPicture(paragraph, picture);
    const description = (picture.alt ?? '').trim();
    paragraph.children[0] = {
      type: 'link',
      url: picture.url,
      data: { hProperties: { className: ['picture-held'] } },
      children: [{ type: 'text', value: `Show picture${description ? `: ${description}` : ''}` }],
    };
    return SKIP;
  });
}

function imageLink(alt: string | null | undefined, url: string, title: string | null | undefined): PhrasingContent {
  const text = `🖼 ${alt || 'Image'}`;
  const href = safeImageUrl(url);
  return href ? { type: 'link', url: href, title, children: [{ type: 'text', value: text }] } : { type: 'text', value: text };
}

/**
 * Links keep their text; only safe URLs stay links, and each one says it is
 * member content that passes no ranking or opener to its target.
 */
export const rehypeMemberLinks: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'a' || !parent || index === undefined) return;
    const { href, title } = node.properties;
    const safe = typeof href === 'string' && href !== '' ? safeLinkUrl(href) : null;
    if (!safe) {
      (parent.children as ElementContent[]).splice(index, 1, ...node.children);
      return index;
    }
    const held = Array.isArray(node.properties.className) && node.properties.className.includes('picture-held');
    node.properties = {
      href: safe,
      rel: ['ugc', 'nofollow', 'noopener'],
      ...(title == null ? {} : { title }),
      ...(held ? { className: ['picture-held'] } : {}),
    };
  });
};
