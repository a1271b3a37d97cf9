import 'server-only';

import { z } from 'zod';

import { pictureHashesMentioned, picturesIn, pictureUrl } from '@/lib/markdown/pictures';
import { storeMemberPicture } from '@/lib/media/mutations';
import { type PictureUploadField, pictureUploadSchema } from '@/lib/media/params';
import { pictureFacts } from '@/lib/media/queries';
import { imageQuota } from '@/lib/media/quotas';
import { consume, throttledMessage } from '@/lib/rate-limit';

import type { FailureReason } from './result';

/**
 * The review editor's pictures, for saveReviewAction (lib/actions/reviews.ts):
 * "Add image" submits the whole review form with `intent=add-image`, so it
 * works without JavaScript and nothing typed is lost; the picture comes
 * back as Markdown appended to the body.
 */
export type PictureAdded =
  | { ok: true; body: string }
  | { ok: false; reason: FailureReason; message: string; fieldErrors: Partial<Record<PictureUploadField, string[]>> };

const refused = (
  reason: FailureReason,
  message: string,
  fieldErrors: Partial<Record<PictureUploadField, string[]>> = {},
): PictureAdded => ({ ok: false, reason, message, fieldErrors });

export async function addPicture(
  member: { id: string },
  newAccount: boolean,
  formData: FormData,
  body: string,
): Promise<PictureAdded> {
  const parsed = pictureUploadSchema.safeParse({
    image: formData.get('image'),
    imageDescription: formData.get('imageDescription'),
    imageCaption: formData.get('imageCaption'),
  });
  if (!parsed.success) {
    return refused(
      'invalid',
      'The picture needs a few changes before it can be added.',
      z.flattenError(parsed.error).fieldErrors,
    );
  }
  const quota = imageQuota(newAccount);
  // The body is not validated yet (its length included), so it is not parsed: mentions are counted.
  if (pictureHashesMentioned(body).length >= quota.picturesPerReview) {
    const message = `A review can show at most ${quota.picturesPerReview} pictures.`;
    return refused('invalid', message, { image: [message] });
  }
  const budget = await consume('pictureUpload', member.id);
  if (!budget.allowed) return refused('throttled', throttledMessage('pictureUpload', budget.retryAfterSeconds));

  const { image, imageDescription, imageCaption } = parsed.data;
  const bytes = new Uint8Array(await image.arrayBuffer());
  const stored = await storeMemberPicture(member, bytes, quota);
  if (!stored.ok) {
    return refused(stored.reason === 'quota' ? 'throttled' : 'invalid', stored.message, { image: [stored.message] });
  }
  const caption = imageCaption ? ` "${imageCaption}"` : '';
  const markdown = `![${imageDescription}](${pictureUrl(stored.image.hash)}${caption})`;
  return { ok: true, body: body.trim() === '' ? `${markdown}\n` : `${body.replace(/\s+$/, '')}\n\n${markdown}\n` };
}

/**
 * What stops a review's pictures from being published, beyond their
 * descriptions (checked with the body, lib/validation/review.ts): too many
 * for the member's allowance, or one that is not on Verdict (never
 * uploaded, or hidden by a moderator).
 */
export async function pictureProblem(body: string, newAccount: boolean): Promise<string | null> {
  if (!body.includes('/media/')) return null;
  const pictures = picturesIn(body);
  if (pictures.length === 0) return null;
  const { picturesPerReview } = imageQuota(newAccount);
  if (pictures.length > picturesPerReview)
    return `A review can show at most ${picturesPerReview} pictures; this one has ${pictures.length}.`;
  const facts = await pictureFacts(pictures.map((picture) => picture.hash));
  const missing = pictures.filter((picture) => !facts.has(picture.hash)).length;
  if (missing === 0) return null;
  return `${missing === 1 ? 'A picture' : `${missing} pictures`} in your review ${missing === 1 ? 'is' : 'are'} not on Verdict (never uploaded, or removed). Add it with "Add image", or take its ![…](/media/…) out.`;
}
