'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { requireMember } from '@/lib/auth/viewer';
import { commentPermalink, postedCommentLocation, threadReturnPath } from '@/lib/comments/params';
import { deleteComment, editComment, postComment } from '@/lib/comments/mutations';
import { isNewAccount } from '@/lib/members/new-accounts';
import { consume, refund, refundUnless, throttledMessage } from '@/lib/rate-limit';
import { newAccountCommentMessage, newAccountTextRefusal } from '@/lib/rate-limit/new-accounts';
import { type CommentField, deleteCommentSchema, editCommentSchema, postCommentSchema } from '@/lib/validation/comment';
import { formDataOf, formText, parseRecordId } from '@/lib/validation/params';
import { banMessage } from '@/lib/moderation/ban-message';

import { type ActionResult, failure, type FailureReason } from './result';

/** A comment form after a save that failed; `at` re-keys the textarea so it shows what was sent. */
export type CommentFormState = (ActionResult<never, CommentField> & { at: number }) | null;

/** The review a form belongs to, for where to send the member (0: none); the schema checks it again. */
const reviewIdOf = (formData: FormData) => parseRecordId(formData.get('reviewId')) ?? 0;

function failed(
  reason: FailureReason,
  message: string,
  fieldErrors: Partial<Record<CommentField, string[]>>,
  body: string,
): CommentFormState {
  return { ...failure<CommentField>(reason, message, fieldErrors, { body }), at: Date.now() };
}

function revalidateThread(reviewId: number) {
  // The review page and every permalink under it.
  revalidatePath(`/reviews/${reviewId}`, 'layout');
}

/**
 * Why a comment was not posted. 'closed' is a member who blocked the writer:
 * the words say only that this reply cannot be posted, never why, so a block
 * is not announced to the member it is against.
 */
const REFUSED_POSTS = {
  'review-not-found': { reason: 'not-found', message: 'This review is no longer on Verdict.' },
  'parent-not-found': { reason: 'not-found', message: 'The comment you are replying to has been deleted.' },
  closed: { reason: 'forbidden', message: 'You can’t reply here. Your comment is still here.' },
} as const satisfies Record<string, { reason: FailureReason; message: string }>;

/** Posts a comment on a review, or a reply (`parentId`), then shows it where it was written. */
export async function postCommentAction(_previous: CommentFormState, submitted: FormData): Promise<CommentFormState> {
  const formData = formDataOf(submitted);
  const returnTo = threadReturnPath(reviewIdOf(formData), formData.get('returnTo'));
  const viewer = await requireMember(returnTo);
  const body = formText(formData, 'body');
  if (viewer.ban) return failed('forbidden', banMessage(viewer.ban), {}, body);
  const parsed = postCommentSchema.safeParse({
    reviewId: formData.get('reviewId'),
    parentId: formData.get('parentId') ?? '',
    body: formData.get('body'),
  });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (!fieldErrors.body) return failed('invalid', 'This comment cannot be posted here.', {}, body);
    return failed('invalid', 'Your comment needs a change before it can be posted.', { body: fieldErrors.body }, body);
  }

  const newcomer = await isNewAccount(viewer.id);
  const refusal = newcomer ? newAccountTextRefusal(parsed.data.body) : null;
  if (refusal) return failed('invalid', 'Your comment needs a change before it can be posted.', { body: [refusal] }, body);

  // Counted before posting, so a burst of parallel posts cannot all pass.
  const budget = await consume('commentPost', viewer.id);
  if (!budget.allowed) {
    const message = `${throttledMessage('commentPost', budget.retryAfterSeconds)} Your comment is still here.`;
    return failed('throttled', message, {}, body);
  }
  if (newcomer) {
    const early = await consume('newAccountCommentPost', viewer.id);
    if (!early.allowed) {
      await refund('commentPost', viewer.id);
      const message = `${newAccountCommentMessage(early.retryAfterSeconds)} Your comment is still here.`;
      return failed('throttled', message, {}, body);
    }
  }

  const posted = await refundUnless(
    'commentPost',
    viewer.id,
    () => postComment(viewer, parsed.data),
    (result) => result.ok,
  );
  if (!posted.ok && newcomer) await refund('newAccountCommentPost', viewer.id);
  if (!posted.ok) return failed(REFUSED_POSTS[posted.reason].reason, REFUSED_POSTS[posted.reason].message, {}, body);

  revalidateThread(posted.comment.reviewId);
  redirect(postedCommentLocation(returnTo, posted.comment));
}

/** Saves the author's edit of their comment; anyone else's comment is simply not found. */
export async function editCommentAction(_previous: CommentFormState, submitted: FormData): Promise<CommentFormState> {
  const formData = formDataOf(submitted);
  const reviewId = reviewIdOf(formData);
  const returnTo = threadReturnPath(reviewId, formData.get('returnTo'));
  const viewer = await requireMember(returnTo);
  const body = formText(formData, 'body');
  if (viewer.ban) return failed('forbidden', banMessage(viewer.ban), {}, body);
  const parsed = editCommentSchema.safeParse({ commentId: formData.get('commentId'), body: formData.get('body') });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (!fieldErrors.body) return failed('invalid', 'This comment cannot be edited.', {}, body);
    return failed('invalid', 'Your comment needs a change before it can be saved.', { body: fieldErrors.body }, body);
  }

  const refusal = (await isNewAccount(viewer.id)) ? newAccountTextRefusal(parsed.data.body) : null;
  if (refusal) return failed('invalid', 'Your comment needs a change before it can be saved.', { body: [refusal] }, body);

  const edited = await editComment(viewer, parsed.data);
  if (!edited.ok) {
    return failed('not-found', 'This comment can no longer be edited: it was deleted, or it is not yours.', {}, body);
  }

  revalidateThread(edited.comment.reviewId);
  redirect(`${threadReturnPath(edited.comment.reviewId, returnTo)}#comment-${edited.comment.id}`);
}

/**
 * Deletes the author's own comment after the confirm step. Back on the page
 * it was deleted from — unless that page was the comment's own permalink and
 * the comment is gone (with, perhaps, "[deleted]" parents): then the review.
 */
export async function deleteCommentAction(submitted: FormData): Promise<void> {
  const formData = formDataOf(submitted);
  const reviewId = reviewIdOf(formData);
  const returnTo = threadReturnPath(reviewId, formData.get('returnTo'));
  const viewer = await requireMember(returnTo);
  const parsed = deleteCommentSchema.safeParse({ commentId: formData.get('commentId') });
  if (!parsed.success) redirect(returnTo);

  const deleted = await deleteComment(viewer, parsed.data.commentId);
  if (!deleted.ok) redirect(returnTo);

  const { comment, outcome } = deleted;
  revalidateThread(comment.reviewId);
  const home = threadReturnPath(comment.reviewId, returnTo);
  if (outcome === 'removed' && home.split('?')[0] === commentPermalink(comment.reviewId, comment.id)) {
    redirect(`/reviews/${comment.reviewId}#comments`);
  }
  redirect(outcome === 'removed' ? home : `${home}#comment-${comment.id}`);
}
