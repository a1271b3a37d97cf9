import { cx } from './cx';

export interface UserContentProps {
  /** HTML from lib/markdown's sanitising pipeline, and from nowhere else. */
  html: string;
  className?: string;
}

/**
 * The typographic frame for a member's words; the styles live in
 * `.prose-review` in app/globals.css. The HTML arrives already sanitised
 * (lib/markdown/html.ts), which is what makes setting it directly safe.
 */
export function UserContent({ html, className }: UserContentProps) {
  return <div className={cx('prose-review', className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
