import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';

import { boundStructure } from './bound-structure';
import { prepareSource } from './source';
import { remarkSpoilers } from './spoilers';

/**
 * The Markdown dialect of member text: CommonMark, GFM and spoilers. The
 * renderer and the excerpt both parse with exactly this, so they agree on
 * what is a spoiler, a link or code.
 */
export const memberMarkdownSyntax: PluggableList = [remarkGfm, remarkSpoilers];

/** Text as the parser must receive it: bounded against slow inputs, spoiler syntax rewritten. */
export function prepareMemberMarkdown(source: string): string {
  return prepareSource(boundStructure(source));
}

const parser = unified().use(remarkParse).use(memberMarkdownSyntax).freeze();

export function parseMemberMarkdown(source: string): Root {
  const prepared = prepareMemberMarkdown(source);
  return parser.runSync(parser.parse(prepared), prepared) as Root;
}
