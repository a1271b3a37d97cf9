import { visit } from 'unist-util-visit';

import { parseMemberMarkdown } from './parse';

/**
 * How many links a text holds, read with the parser the page renders with:
 * written links, autolinks (`<https://…>` and GFM's bare addresses) and
 * reference definitions, each of which becomes a link on the page. Mentions
 * are not counted here: they are read by lib/markdown/mentions.ts.
 */
export function linkCount(source: string): number {
  let count = 0;
  visit(parseMemberMarkdown(source), (node) => {
    if (node.type === 'link' || node.type === 'definition') count += 1;
  });
  return count;
}
