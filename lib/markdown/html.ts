import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { whitespace } from 'hast-util-whitespace';
import { urlAttributes } from 'html-url-attributes';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';

import { rehypeMemberLinks, remarkMemberElements } from './elements';
import { remarkMentions } from './mentions';
import { prepareMemberMarkdown, memberMarkdownSyntax } from './parse';
import { memberContentSchema } from './schema';
import { safeLinkUrl } from './urls';

/**
 * Every URL attribute left on the finished tree passes the same test as a
 * link's href, so nothing the sanitiser allows can carry `javascript:`.
 */
const rehypeSafeUrls: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (node: Element) => {
    for (const [attribute, tags] of Object.entries(urlAttributes)) {
      if (!(attribute in node.properties) || (tags !== null && !tags.includes(node.tagName))) continue;
      node.properties[attribute] = safeLinkUrl(String(node.properties[attribute] ?? '')) ?? '';
    }
  });
};

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Line breaks between table rows and cells are not text a table can hold; the browser would move them out. */
const rehypeCompactTables: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (node: Element) => {
    if (TABLE_PARTS.has(node.tagName)) node.children = node.children.filter((child) => !whitespace(child));
  });
};

// Mentions before the element pass, so a mention inside a spoiler is hidden
// with it; sanitising runs last, on the finished tree.
const pipeline = unified()
  .use(remarkParse)
  .use(memberMarkdownSyntax)
  .use(remarkMentions)
  .use(remarkMemberElements)
  .use(remarkRehype)
  .use(rehypeMemberLinks)
  .use(rehypeSanitize, memberContentSchema)
  .use(rehypeSafeUrls)
  .use(rehypeCompactTables)
  .freeze();

/** The pipeline on text that has already been through `prepareMemberMarkdown` (or, to measure, a weaker preparation). */
export function renderPreparedHtml(prepared: string): string {
  const tree = pipeline.runSync(pipeline.parse(prepared), prepared) as HastRoot;
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}

/**
 * Member Markdown (a review, a comment) as sanitised HTML, synchronously, on
 * the calling thread. Requests never call this: the render worker does
 * (lib/markdown/render-tasks.ts), and pages reach it through
 * `renderMemberHtml` in lib/markdown/rendered.ts, which remembers each text
 * and cannot be held up by one.
 */
export function renderMarkdownHtml(source: string): string {
  return renderPreparedHtml(prepareMemberMarkdown(source));
}
