import 'server-only';

import { pictureHashesMentioned } from '@/lib/markdown/pictures';
import { renderMemberHtml } from '@/lib/markdown/rendered';
import { placePictures } from '@/lib/media/placement';
import { pictureFacts } from '@/lib/media/queries';

export type ReviewPreview = { ok: true; html: string } | { ok: false; message: string; bodyError?: string };

/**
 * The editor's preview of a draft body that has passed `reviewPreviewSchema`
 * (length and shape), rendered by the same worker and memo the published
 * page uses: publishing what was just previewed renders nothing again.
 */
export async function previewReview(body: string): Promise<ReviewPreview> {
  const rendered = await renderMemberHtml(body);
  if (rendered.ok) return { ok: true, html: placePictures(rendered.html, await pictureFacts(pictureHashesMentioned(body))) };
  if (rendered.reason === 'too-slow') {
    return {
      ok: false,
      message: 'This review could not be previewed.',
      bodyError:
        'This text was refused: it takes too long to display. Simplify its structure (fewer nested lists, quotes or tables) and try again.',
    };
  }
  return { ok: false, message: 'The preview could not be prepared just now. Please try again in a moment.' };
}
