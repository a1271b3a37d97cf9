import 'server-only';

import { renderMemberHtml } from '@/lib/markdown/rendered';
import { placePictures } from '@/lib/media/placement';
import type { PictureFacts } from '@/lib/media/types';

import { cx } from './cx';
import { UserContent } from './user-content';

/** What a reader sees instead of a text the render worker refused (lib/markdown/rendered.ts). */
export const UNDISPLAYABLE_TEXT = 'This text could not be displayed.';

/**
 * User Markdown (a review, a comment) as sanitised HTML inside its prose
 * frame (`.prose-review` in app/globals.css, plus `className`). A server
 * component: the parser never ships to the browser, and it renders in a
 * worker, so the page waits for it without holding up anyone else's.
 * `pictures` are the shown pictures the text may use (lib/media/queries.ts
 * `pictureFacts`): each is given its size, and any other is left out.
 * Without it, pictures keep only what the text says of them.
 */
export async function Markdown({ source, className, pictures }: { source: string; className?: string; pictures?: PictureFacts }) {
  const rendered = await renderMemberHtml(source);
  if (!rendered.ok) {
    return (
      <div className={cx('prose-review', className)}>
        <p className="text-ink-muted italic">{UNDISPLAYABLE_TEXT}</p>
      </div>
    );
  }
  const html = pictures ? placePictures(rendered.html, pictures) : rendered.html;
  return <UserContent html={html} className={className} />;
}
