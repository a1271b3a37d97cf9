import { z } from 'zod';

import { checkShape, shapeMessage } from '@/lib/markdown/shape';

import { COMMENT_BODY_MAX } from './lengths';
import { recordIdSchema } from './params';
import { text } from './text';

const count = new Intl.NumberFormat('en');

/** The comment itself: 1 to 10,000 characters once trimmed, within the shape limits, and stored trimmed, as measured. */
const body = text({
  required: 'Write your comment.',
  max: COMMENT_BODY_MAX,
  tooLong: (length) =>
    `A comment can be at most ${count.format(COMMENT_BODY_MAX)} characters; this one has ${count.format(length)}.`,
}).superRefine((written, context) => {
  // Shape is what makes a text slow to render (lib/markdown/shape.ts); checked only once the length is known to be fine.
  const broken = checkShape(written);
  if (broken) context.addIssue({ code: 'custom', message: shapeMessage(broken, 'comment') });
});

/** A new comment on a review, or a reply when `parentId` is set. */
export const postCommentSchema = z.object({
  reviewId: recordIdSchema,
  parentId: z.preprocess((value) => (value === '' || value === null ? undefined : value), recordIdSchema.optional()),
  body,
});

export const editCommentSchema = z.object({ commentId: recordIdSchema, body });

export const deleteCommentSchema = z.object({ commentId: recordIdSchema });

export type PostCommentInput = z.infer<typeof postCommentSchema>;
export type EditCommentInput = z.infer<typeof editCommentSchema>;
export type CommentField = 'body';
