'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { requireUser } from '@/lib/auth/viewer';
import { consume, refundUnless, waitMessage } from '@/lib/rate-limit';
import { THROTTLES } from '@/lib/rate-limit/throttles';
import { hasPublishedReview } from '@/lib/reviews/editor';
import { deleteReview, saveReview } from '@/lib/reviews/mutations';
import { previewReview } from '@/lib/reviews/preview';
import { parseRecordId } from '@/lib/validation/params';
import { type ReviewField, reviewPreviewSchema, reviewSchema } from '@/lib/validation/review';

import { type ActionResult, failure } from './result';

export type ReviewFormValues = Partial<Record<ReviewField, string>>;

/**
 * The editor's state after a save that failed or a preview. Plain strings
 * only: without JavaScript, React writes the state into the re-rendered form
 * (it is the action's first argument), and a rendered element cannot be
 * written there. A preview carries the body as sanitised HTML from the same
 * pipeline the published page uses, so the parser never ships to the browser.
 */
export type ReviewFormState =
  | (ActionResult<never, ReviewField> & { at: number })
  | { ok: true; data: { preview: true; html: string }; values: ReviewFormValues; at: number }
  | null;

function formValues(formData: FormData): ReviewFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    title: text('title'),
    rating: text('rating'),
    body: text('body'),
    containsSpoilers: formData.get('containsSpoilers') === 'on' ? 'on' : '',
  };
}

/**
 * Publishes or edits the signed-in member's review of the film (bound as
 * `filmSlug`), then opens it. Everything typed comes back on failure.
 *
 * The editor's Preview button submits the same form with `intent=preview`:
 * one action behind one form is what lets a browser without JavaScript get
 * the preview back in the page it re-renders.
 */
export async function saveReviewAction(
  filmSlug: string,
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const viewer = await requireUser(`/films/${filmSlug}/review`);
  const values = formValues(formData);
  if (formData.get('intent') === 'preview') {
    // Length and shape before anything parses the draft; then the budget, like posting.
    const draft = reviewPreviewSchema.safeParse(values);
    if (!draft.success) {
      return {
        ...failure(
          'Your review needs a few changes before it can be previewed.',
          z.flattenError(draft.error).fieldErrors,
          values,
        ),
        at: Date.now(),
      };
    }
    const budget = await consume('reviewPreview', viewer.id);
    if (!budget.allowed) {
      const message = `You have previewed ${THROTTLES.reviewPreview.points} times in the last 10 minutes. ${waitMessage(budget.retryAfterSeconds)}`;
      return { ...failure(message, {}, values), at: Date.now() };
    }
    const preview = await previewReview(draft.data.body);
    if (!preview.ok)
      return { ...failure(preview.message, preview.bodyError ? { body: [preview.bodyError] } : {}, values), at: Date.now() };
    return { ok: true, data: { preview: true, html: preview.html }, values, at: Date.now() };
  }
  const parsed = reviewSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { ...failure('Your review needs a few changes before it can be published.', fieldErrors, values), at: Date.now() };
  }

  // Publishing and editing each have a budget, spent before the write so
  // parallel saves cannot all pass; a save that did not turn out as counted
  // (a double submit that changed nothing, a first save that met an
  // existing review) gives its point back.
  const publishing = !(await hasPublishedReview(viewer, filmSlug));
  const throttle = publishing ? 'reviewPublish' : 'reviewEdit';
  const budget = await consume(throttle, viewer.id);
  if (!budget.allowed) {
    const { points } = THROTTLES[throttle];
    const done = publishing ? `published ${points} reviews` : `edited your reviews ${points} times`;
    return {
      ...failure(`You have ${done} in the last hour. ${waitMessage(budget.retryAfterSeconds)}`, {}, values),
      at: Date.now(),
    };
  }
  const saved = await refundUnless(
    throttle,
    viewer.id,
    () => saveReview(viewer, filmSlug, parsed.data),
    (result) => result.ok && result.outcome === (publishing ? 'published' : 'edited'),
  );
  if (!saved.ok) return { ...failure('This film is no longer on Verdict.', {}, values), at: Date.now() };

  revalidatePath(`/films/${filmSlug}`);
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
  const viewer = await requireUser(id === null ? '/' : `/reviews/${id}`);
  if (id === null) redirect('/');
  const deleted = await deleteReview(viewer, id);
  if (!deleted.ok) redirect(`/reviews/${id}`);
  revalidatePath(`/films/${deleted.filmSlug}`);
  revalidatePath(`/reviews/${id}`);
  revalidatePath('/');
  redirect(`/films/${deleted.filmSlug}?deleted=1`);
}
