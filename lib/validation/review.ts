import { z } from 'zod';

import { checkShape, shapeMessage } from '@/lib/markdown/shape';

import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX } from './limits';

const count = new Intl.NumberFormat('en');

/**
 * The bounds a review body must keep before anything parses it: its length,
 * then its shape (lib/markdown/shape.ts), which is what makes a long text
 * slow to render. The preview checks these too; only publishing needs the
 * minimum length.
 */
function checkBodyBounds(body: string, context: z.RefinementCtx) {
  if (body.length > REVIEW_BODY_MAX) {
    context.addIssue({
      code: 'custom',
      message: `A review can be at most ${count.format(REVIEW_BODY_MAX)} characters; this one has ${count.format(body.length)}.`,
    });
    return;
  }
  const broken = checkShape(body);
  if (broken) context.addIssue({ code: 'custom', message: shapeMessage(broken, 'review') });
}

/** What the review editor submits. Strings arrive from FormData; `z.coerce` and the checkbox rule turn them into values. */
export const reviewSchema = z.object({
  title: z
    .string({ error: 'Give your review a title.' })
    .trim()
    .min(1, 'Give your review a title.')
    .max(REVIEW_TITLE_MAX, `Keep the title to ${REVIEW_TITLE_MAX} characters or fewer.`),
  rating: z.coerce
    .number({ error: 'Choose a rating from half a star to five stars.' })
    .int('Choose a rating from half a star to five stars.')
    .min(1, 'Choose a rating from half a star to five stars.')
    .max(10, 'Choose a rating from half a star to five stars.'),
  // Trimmed here, so what is stored is exactly what was measured (the
  // database checks the same bounds: migration 0012).
  body: z
    .string({ error: 'Write your review.' })
    .trim()
    .superRefine((body, context) => {
      const length = body.length;
      if (length === 0) {
        context.addIssue({ code: 'custom', message: 'Write your review.' });
      } else if (length < REVIEW_BODY_MIN) {
        context.addIssue({
          code: 'custom',
          message: `A review needs at least ${count.format(REVIEW_BODY_MIN)} characters; this one has ${count.format(length)}. Say a little more about what you saw.`,
        });
      } else {
        checkBodyBounds(body, context);
      }
    }),
  // An unticked checkbox sends nothing; a ticked one sends "on".
  containsSpoilers: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});

export type ReviewInput = z.infer<typeof reviewSchema>;
export type ReviewField = keyof ReviewInput;

/** The editor's Preview: a draft of any length up to the maximum, in a shape the renderer accepts. */
export const reviewPreviewSchema = z.object({
  body: z.string().trim().superRefine(checkBodyBounds),
});
