import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import type { PluggableList } from 'unified';

import { rehypeUserLinks, remarkUserElements } from './elements';
import { remarkMentions } from './mentions';
import { prepareUserMarkdown, userMarkdownSyntax } from './parse';
import { userContentSchema } from './schema';
import { safeLinkUrl } from './urls';

// Mentions before the element pass, so a mention inside a spoiler is hidden with it.
const remarkPlugins: PluggableList = [...userMarkdownSyntax, remarkMentions, remarkUserElements];
// Sanitising runs last, on the finished tree.
const rehypePlugins: PluggableList = [rehypeUserLinks, [rehypeSanitize, userContentSchema]];

/**
 * User Markdown (a review, a comment) as sanitised HTML. A server component;
 * wrap it in the prose styles of the page (see ReviewBody).
 */
export function Markdown({ source }: { source: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} skipHtml urlTransform={transformUrl}>
      {prepareUserMarkdown(source)}
    </ReactMarkdown>
  );
}

function transformUrl(url: string): string {
  return safeLinkUrl(url) ?? '';
}
