'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { requireMember } from '@/lib/auth/viewer';
import { logWatch } from '@/lib/diary/mutations';
import { type LogWatchField, logWatchSchema } from '@/lib/diary/params';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { formDataOf, formText, parseFilmSlug } from '@/lib/validation/params';

import { type FormState, failure, success } from './result';

export type LogWatchState = FormState<{ entryId: number }, LogWatchField>;

function formValues(formData: FormData): Partial<Record<LogWatchField, string>> {
  return {
    watchedOn: formText(formData, 'watchedOn'),
    rating: formText(formData, 'rating'),
    rewatch: formData.get('rewatch') === 'on' ? 'on' : '',
    linkReview: formData.get('linkReview') === 'on' ? 'on' : '',
  };
}

/** "Log watch": one watch of the film (bound: its slug) in the member's diary; what was typed comes back on failure. */
export async function logWatchAction(filmSlug: unknown, _previous: LogWatchState, submitted: FormData): Promise<LogWatchState> {
  const slug = parseFilmSlug(filmSlug);
  const viewer = await requireMember(slug === null ? '/films' : `/films/${slug}`);
  const formData = formDataOf(submitted);
  const values = formValues(formData);
  if (slug === null) return failure('not-found', 'This film is no longer on Verdict.', {}, values);

  const parsed = logWatchSchema.safeParse({
    watchedOn: formData.get('watchedOn'),
    rewatch: formData.get('rewatch'),
    rating: formData.get('rating') ?? undefined,
    linkReview: formData.get('linkReview'),
  });
  if (!parsed.success) {
    return failure(
      'invalid',
      'This watch needs a change before it can be logged.',
      z.flattenError(parsed.error).fieldErrors,
      values,
    );
  }

  const budget = await consume('diaryLog', viewer.id);
  if (!budget.allowed) return failure('throttled', throttledMessage('diaryLog', budget.retryAfterSeconds), {}, values);

  const outcome = await logWatch({ actor: viewer, filmSlug: slug, watch: parsed.data });
  if (!outcome.ok) {
    return outcome.reason === 'no-review'
      ? failure(
          'invalid',
          'Write your review of this film before linking it.',
          { linkReview: ['You have no review of this film to link.'] },
          values,
        )
      : failure('not-found', 'This film is no longer on Verdict.', {}, values);
  }

  revalidatePath(`/films/${slug}`);
  revalidatePath(`/u/${viewer.handle}/diary`);
  return success({ entryId: outcome.entryId }, 'Logged in your diary.');
}
