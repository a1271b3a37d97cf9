import 'server-only';

import { UserContent } from '@/components/ui/user-content';

import { renderMarkdownHtml } from './html';

/**
 * User Markdown (a review, a comment) as sanitised HTML inside its prose
 * frame (`.prose-review` in app/globals.css, plus `className`). A server
 * component: the parser never ships to the browser.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return <UserContent html={renderMarkdownHtml(source)} className={className} />;
}
