import { z } from 'zod';

import { checkShape, shapeMessage } from '@/lib/markdown/shape';

import { COMMENT_BODY_MAX } from './limits';
import { recordIdSchema } from './params';

const count = new Intl.NumberFormat('en');

/** A positive integer id as it arrives from a hidden field or a URL. */
const id = recordIdSchema;

/** The comment itself: 1 to 10,000 characters once trimmed, within the shape limits, and stored trimmed, as measured. */
const body = z
  .string({ error: 'Write your comment.' })
  .trim()
  .superRefine((text, context) => {
    const length = text.length;
    if (length === 0) {
      context.addIssue({ code: 'custom', message: 'Write your comment.' });
    } else if (length > COMMENT_BODY_MAX) {
      context.addIssue({
        code: 'custom',
        message: `A comment can be at most ${count.format(COMMENT_BODY_MAX)} characters; this one has ${count.format(length)}.`,
      });
    } else {
      // Shape is what makes a text slow to render (lib/markdown/shape.ts); checked only once the length is known to be fine.
      const broken = checkShape(text);
      if (broken) context.addIssue({ code: 'custom', message: shapeMessage(broken, 'comment') });
    }
  });

/** A new comment on a review, or a reply when `parentId` is set. */
export const postCommentSchema = z.object({
  reviewId: id,
  parentId: z.preprocess((value) => (value === '' || value === null ? undefined : value), id.optional()),
  body,
});

export const editCommentSchema = z.object({ commentId: id, body });

export const deleteCommentSchema = z.object({ commentId: id });

export type PostCommentInput = z.infer<typeof postCommentSchema>;
export type EditCommentInput = z.infer<typeof editCommentSchema>;
export type CommentField = 'body';
