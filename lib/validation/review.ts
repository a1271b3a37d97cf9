import { z } from 'zod';

import { picturesIn } from '@/lib/markdown/pictures';
import { checkShape, shapeMessage } from '@/lib/markdown/shape';

import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX } from './lengths';
import { checkbox, text } from './text';

const count = new Intl.NumberFormat('en');

const tooLong = (length: number) =>
  `A review can be at most ${count.format(REVIEW_BODY_MAX)} characters; this one has ${count.format(length)}.`;

/** Shape is what makes a long text slow to render (lib/markdown/shape.ts); checked once the length is known to be fine. */
function checkBodyShape(body: string, context: z.RefinementCtx) {
  const broken = checkShape(body);
  if (broken) context.addIssue({ code: 'custom', message: shapeMessage(broken, 'review') });
}

const RATING_MESSAGE = 'Choose a rating from half a star to five stars.';

/** What the review editor submits. Strings arrive from FormData; `z.coerce` and the checkbox rule turn them into values. */
export const reviewSchema = z.object({
  title: text({
    required: 'Give your review a title.',
    max: REVIEW_TITLE_MAX,
    tooLong: `Keep the title to ${REVIEW_TITLE_MAX} characters or fewer.`,
  }),
  rating: z.coerce.number({ error: RATING_MESSAGE }).int(RATING_MESSAGE).min(1, RATING_MESSAGE).max(10, RATING_MESSAGE),
  // Trimmed, so what is stored is exactly what was measured (the database
  // checks the same bounds: migration 0012).
  body: text({
    required: 'Write your review.',
    max: REVIEW_BODY_MAX,
    tooLong,
    min: {
      length: REVIEW_BODY_MIN,
      message: (length) =>
        `A review needs at least ${count.format(REVIEW_BODY_MIN)} characters; this one has ${count.format(length)}. Say a little more about what you saw.`,
    },
  })
    .superRefine(checkBodyShape)
    .superRefine(checkPictureDescriptions),
  containsSpoilers: checkbox,
});

/** Every picture has alt text: a published review never shows one a screen reader can only call "image". */
function checkPictureDescriptions(body: string, context: z.RefinementCtx) {
  if (!body.includes('/media/')) return;
  const undescribed = picturesIn(body).filter((picture) => picture.description === '').length;
  if (undescribed === 0) return;
  context.addIssue({
    code: 'custom',
    message: `${undescribed === 1 ? 'A picture has' : `${undescribed} pictures have`} no description. Write what each shows between the square brackets of its ![…](/media/…), for readers who cannot see it.`,
  });
}

export type ReviewInput = z.infer<typeof reviewSchema>;
export type ReviewField = keyof ReviewInput;

/** The editor's Preview: a draft of any length up to the maximum, in a shape the renderer accepts. */
export const reviewPreviewSchema = z.object({
  body: text({ max: REVIEW_BODY_MAX, tooLong }).superRefine(checkBodyShape),
});
