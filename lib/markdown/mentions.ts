import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

import { parseMemberMarkdown } from './parse';

/**
 * `@handle` where a handle can start: at the start of the text or after
 * something that is not part of a word, an address or a path, so
 * `me@example.org` (which GFM does not always autolink) and `/u/@x` stay
 * text. The handle is the users' own pattern (3–30 of a–z, 0–9, _ and -),
 * matched case-insensitively, and must not run on into more handle
 * characters (a 31-character name is not a mention of its first 30).
 */
const MENTION = /(^|[^\p{L}\p{N}_.@/+-])@([a-z0-9_-]{3,30})(?![a-z0-9_-])/giu;

/** Each mention in a run of plain text, with where it starts and its handle (lower-case). */
function findMentions(value: string): Array<{ start: number; end: number; handle: string }> {
  const found: Array<{ start: number; end: number; handle: string }> = [];
  for (const match of value.matchAll(MENTION)) {
    const start = match.index + (match[1]?.length ?? 0);
    const handle = (match[2] ?? '').toLowerCase();
    found.push({ start, end: start + 1 + handle.length, handle });
  }
  return found;
}

/**
 * Turns `@handle` in text into a link to the member's profile. Only plain
 * text is read: code (inline or fenced) and the text of links, which
 * includes GFM's autolinked email addresses, are separate nodes and never
 * reach here.
 */
export const remarkMentions: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'linkReference') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const mentions = findMentions(node.value);
    if (mentions.length === 0) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const { start, end } of mentions) {
      if (start > last) pieces.push({ type: 'text', value: node.value.slice(last, start) } satisfies Text);
      const written = node.value.slice(start, end);
      pieces.push({
        type: 'link',
        url: `/u/${written.slice(1).toLowerCase()}`,
        children: [{ type: 'text', value: written }],
      } satisfies Link);
      last = end;
    }
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
};

/**
 * The handles a body mentions, lower-case and once each, read with the same
 * parser the page renders with, so a notification goes out exactly when
 * the page shows a link.
 */
export function mentionedHandles(source: string): string[] {
  const handles = new Set<string>();
  visit(parseMemberMarkdown(source), (node) => {
    if (node.type === 'link' || node.type === 'linkReference') return SKIP;
    if (node.type === 'text') for (const { handle } of findMentions(node.value)) handles.add(handle);
  });
  return [...handles];
}
