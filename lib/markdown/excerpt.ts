import type { Nodes } from 'mdast';

import { parseMemberMarkdown } from './parse';
import { isSpoiler } from './spoilers';

/**
 * Plain text from member Markdown, for cards, feeds and Open Graph. Pure (no
 * React, no server APIs), so client code can import it. The result is text,
 * not HTML: escape it like any other string (React does).
 */

const WORDS_PER_MINUTE = 230;

/** Not prose: left out of excerpts and word counts. */
const NOT_PROSE = new Set<Nodes['type']>([
  'code',
  'html',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'thematicBreak',
]);
/** Phrasing parents: their text runs on, where blocks are separated by a space. */
const INLINE = new Set<Nodes['type']>(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective']);

/**
 * The start of the text with all Markdown syntax, code and every spoiler
 * (inline, block, unclosed) removed; cut at a word boundary with "…" when it
 * is longer than `maxLength` characters ("…" included).
 */
export function excerpt(source: string, { maxLength = 280 }: { maxLength?: number } = {}): string {
  return truncate(plainText(parseMemberMarkdown(source), { spoilers: false }), maxLength);
}

/** Words a reader reads, spoilers included (they will open them), code excluded. */
export function wordCount(source: string): number {
  const text = plainText(parseMemberMarkdown(source), { spoilers: true });
  if (!wordSegmenter) return text.split(' ').filter(Boolean).length;
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Minutes to read `words` words at about 230 words a minute; at least 1. */
export function readingMinutes(words: number): number {
  return Number.isFinite(words) ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 1;
}

// Counts words in languages written without spaces too; older browsers fall back to spaces.
const wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

/** A parsed tree's prose as one line of text; `spoilers: false` leaves every spoiler out. */
export function plainText(tree: Nodes, { spoilers }: { spoilers: boolean }): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (NOT_PROSE.has(node.type) || (!spoilers && isSpoiler(node))) return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if (node.type === 'image' || node.type === 'imageReference') parts.push(node.alt ?? '');
    else if (node.type === 'break') parts.push(' ');
    else if ('children' in node) {
      for (const child of node.children) walk(child);
      if (!INLINE.has(node.type)) parts.push(' ');
    }
  };
  walk(tree);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function truncate(text: string, maxLength: number): string {
  const limit = Math.max(1, Math.floor(maxLength));
  if (text.length <= limit) return text;
  const room = limit - 1;
  const space = text.lastIndexOf(' ', room);
  // One very long "word" (a URL, text without spaces) is cut where it must be.
  let cut = space >= room / 2 ? space : room;
  if (cut === room && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}
