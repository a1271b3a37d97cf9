'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { requireMember } from '@/lib/auth/viewer';
import { isNewAccount } from '@/lib/members/new-accounts';
import { consume, refundUnless, throttledMessage } from '@/lib/rate-limit';
import { newAccountTextRefusal } from '@/lib/rate-limit/new-accounts';
import { hasPublishedReview } from '@/lib/reviews/editor-queries';
import { deleteReview, saveReview } from '@/lib/reviews/mutations';
import { previewReview } from '@/lib/reviews/preview';
import type { PictureUploadField } from '@/lib/media/params';
import { formDataOf, formText, parseFilmSlug, parseRecordId } from '@/lib/validation/params';
import { type ReviewField, reviewPreviewSchema, reviewSchema } from '@/lib/validation/review';
import { banMessage } from '@/lib/moderation/ban-message';

import { addPicture, pictureProblem } from './review-pictures';
import { type ActionResult, failure, type FailureReason } from './result';

/** The review's own fields and the picture fields beside them ("Add image", "Image description", "Caption"). */
export type ReviewEditorField = ReviewField | Exclude<PictureUploadField, 'image'> | 'image';
export type ReviewFormValues = Partial<Record<ReviewEditorField, string>>;

/**
 * The editor's state after a save that failed or a preview. Plain strings
 * only: without JavaScript, React writes the state into the re-rendered form
 * (it is the action's first argument), and a rendered element cannot be
 * written there. A preview carries the body as sanitised HTML from the same
 * pipeline the published page uses, so the parser never ships to the browser.
 */
export type ReviewFormState =
  | (ActionResult<never, ReviewEditorField> & { at: number })
  | { ok: true; data: { preview: true; html: string }; values: ReviewFormValues; at: number }
  | { ok: true; data: { pictureAdded: true }; values: ReviewFormValues; at: number }
  | null;

/** What the member typed, to show again: a form that is not one reads as empty. */
function formValues(formData: FormData): ReviewFormValues {
  return {
    title: formText(formData, 'title'),
    rating: formText(formData, 'rating'),
    body: formText(formData, 'body'),
    containsSpoilers: formData.get('containsSpoilers') === 'on' ? 'on' : '',
    imageDescription: formText(formData, 'imageDescription'),
    imageCaption: formText(formData, 'imageCaption'),
  };
}

function failed(
  reason: FailureReason,
  message: string,
  values: ReviewFormValues,
  fieldErrors: Partial<Record<ReviewEditorField, string[]>> = {},
): ReviewFormState {
  return { ...failure<ReviewEditorField>(reason, message, fieldErrors, values), at: Date.now() };
}

/**
 * Publishes or edits the signed-in member's review of the film (bound as
 * `filmSlug`, and read like any other input), then opens it. Everything
 * typed comes back on failure.
 *
 * The editor's Preview button submits the same form with `intent=preview`:
 * one action behind one form is what lets a browser without JavaScript get
 * the preview back in the page it re-renders.
 */
export async function saveReviewAction(
  filmSlug: unknown,
  _previous: ReviewFormState,
  submitted: FormData,
): Promise<ReviewFormState> {
  const slug = parseFilmSlug(filmSlug);
  const viewer = await requireMember(slug === null ? '/films' : `/films/${slug}/review`);
  const formData = formDataOf(submitted);
  const values = formValues(formData);
  if (slug === null) return failed('not-found', 'This film is no longer on Verdict.', values);
  if (viewer.ban) return failed('forbidden', banMessage(viewer.ban), values);

  if (formData.get('intent') === 'preview') {
    // Length and shape before anything parses the draft; then the budget, like posting.
    const draft = reviewPreviewSchema.safeParse({ body: formData.get('body') });
    if (!draft.success) {
      const fieldErrors = z.flattenError(draft.error).fieldErrors;
      return failed('invalid', 'Your review needs a few changes before it can be previewed.', values, fieldErrors);
    }
    const budget = await consume('reviewPreview', viewer.id);
    if (!budget.allowed) return failed('throttled', throttledMessage('reviewPreview', budget.retryAfterSeconds), values);
    const preview = await previewReview(draft.data.body);
    if (!preview.ok) return failed('invalid', preview.message, values, preview.bodyError ? { body: [preview.bodyError] } : {});
    return { ok: true, data: { preview: true, html: preview.html }, values, at: Date.now() };
  }

  if (formData.get('intent') === 'add-image') {
    const added = await addPicture(viewer, await isNewAccount(viewer.id), formData, values.body ?? '');
    if (!added.ok) return failed(added.reason, added.message, values, added.fieldErrors);
    // The picture is in the body now; its fields empty for the next one.
    const next = { ...values, body: added.body, imageDescription: '', imageCaption: '' };
    return { ok: true, data: { pictureAdded: true }, values: next, at: Date.now() };
  }

  const parsed = reviewSchema.safeParse({
    title: formData.get('title'),
    rating: values.rating,
    body: formData.get('body'),
    containsSpoilers: formData.get('containsSpoilers'),
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return failed('invalid', 'Your review needs a few changes before it can be published.', values, fieldErrors);
  }

  const newAccount = await isNewAccount(viewer.id);
  const refusal =
    (newAccount ? newAccountTextRefusal(parsed.data.body) : null) ?? (await pictureProblem(parsed.data.body, newAccount));
  if (refusal) {
    return failed('invalid', 'Your review needs a few changes before it can be published.', values, { body: [refusal] });
  }

  // Publishing and editing each have a budget, spent before the write so
  // parallel saves cannot all pass; a save that did not turn out as counted
  // (a double submit that changed nothing, a first save that met an
  // existing review) gives its point back.
  const publishing = !(await hasPublishedReview(viewer, slug));
  const throttle = publishing ? 'reviewPublish' : 'reviewEdit';
  const budget = await consume(throttle, viewer.id);
  if (!budget.allowed) return failed('throttled', throttledMessage(throttle, budget.retryAfterSeconds), values);
  const saved = await refundUnless(
    throttle,
    viewer.id,
    () => saveReview(viewer, slug, parsed.data),
    (result) => result.ok && result.outcome === (publishing ? 'published' : 'edited'),
  );
  if (!saved.ok) return failed('not-found', 'This film is no longer on Verdict.', values);

  revalidatePath(`/films/${slug}`);
  revalidatePath(`/reviews/${saved.reviewId}`);
  revalidatePath(`/reviews/${saved.reviewId}/history`);
  revalidatePath('/');
  redirect(`/reviews/${saved.reviewId}`);
}

/**
 * Deletes the signed-in member's own review (bound as `reviewId`, and read
 * like any other input: the endpoint takes whatever a caller sends). Anyone
 * else's id is simply not found; something that is no id goes home.
 */
export async function deleteReviewAction(reviewId: unknown): Promise<void> {
  const id = parseRecordId(reviewId);
  const viewer = await requireMember(id === null ? '/' : `/reviews/${id}`);
  if (id === null) redirect('/');
  const deleted = await deleteReview(viewer, id);
  if (!deleted.ok) redirect(`/reviews/${id}`);
  revalidatePath(`/films/${deleted.filmSlug}`);
  revalidatePath(`/reviews/${id}`);
  revalidatePath('/');
  redirect(`/films/${deleted.filmSlug}?deleted=1`);
}
