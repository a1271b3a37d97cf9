import type { Nodes, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import type { Plugin, Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

import { wrapInlineSpoilers, type SpoilerSpan } from './inline-spoilers';

/**
 * What a spoiler is, for everything that reads member Markdown: the renderer
 * hides spoilers behind a reveal control, excerpts leave them out.
 *
 * - A block spoiler is a container directive named `spoiler`, written
 *   `:::spoiler Optional label` … `:::` and rewritten to directive syntax by
 *   `prepareSource`. Its label, if any, is its first child: a paragraph with
 *   `data.directiveLabel`.
 * - An inline spoiler, `>!text!<`, is a text directive named `spoiler` made
 *   from the parsed text by `wrapInlineSpoilers`.
 */
export type SpoilerBlock = Extract<RootContent, { type: 'containerDirective' }>;
export type { SpoilerSpan };

export function isSpoiler(node: Nodes): node is SpoilerBlock | SpoilerSpan {
  return (node.type === 'containerDirective' || node.type === 'textDirective') && node.name === 'spoiler';
}

/** Parses spoilers. Use after remark-parse on text that went through `prepareSource`. */
export const remarkSpoilers: Plugin<[], Root> = function () {
  allowContainerDirectivesOnly(this);
  return (tree, file) => {
    literalOtherDirectives(tree, String(file.value));
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      node.children = wrapInlineSpoilers(node.children);
      return SKIP;
    });
  };
};

/**
 * remark-directive also parses `:name` and `::name` anywhere in the text,
 * which would eat "Re:Zero" or "::shrug". Block spoilers only need container
 * directives, so only that construct is registered.
 */
function allowContainerDirectivesOnly(processor: Processor) {
  remarkDirective.call(processor);
  const extensions = processor.data('micromarkExtensions') ?? [];
  const colon = extensions.pop()?.flow?.[58];
  const container = (Array.isArray(colon) ? colon : [colon]).find((construct) => construct?.concrete);
  if (!container) throw new Error('remark-directive has no container directive construct; see lib/markdown/spoilers.ts');
  extensions.push({ flow: { 58: container } });
}

/**
 * `prepareSource` escapes every other `:::name` line it sees; one it missed
 * is shown as the line the author typed, followed by its content.
 */
function literalOtherDirectives(tree: Root, source: string) {
  visit(tree, 'containerDirective', (node, index, parent) => {
    if (node.name === 'spoiler' || !parent || index === undefined) return;
    const start = node.position?.start.offset;
    const end = start === undefined ? -1 : source.indexOf('\n', start);
    const opening = start === undefined ? `:::${node.name}` : source.slice(start, end < 0 ? undefined : end).trim();
    const content = node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
    (parent.children as RootContent[]).splice(
      index,
      1,
      { type: 'paragraph', children: [{ type: 'text', value: opening }] },
      ...content,
    );
    return index + 1;
  });
}
