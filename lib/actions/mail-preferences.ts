'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { requireMember } from '@/lib/auth/viewer';
import { setMailPreferences, unsubscribe, type UnsubscribeOutcome } from '@/lib/notification-mail/mutations';
import { MAIL_TOPICS, type MailTopic } from '@/lib/notification-mail/types';
import { UNSUBSCRIBE_PROBLEMS, unsubscribeWording } from '@/lib/notification-mail/unsubscribe-text';
import { mailPreferencesSchema } from '@/lib/validation/mail-preferences';
import { formDataOf, formText } from '@/lib/validation/params';

import { type ActionResult, failure, type FailureReason, success } from './result';

export type MailPreferencesState = ActionResult<undefined, MailTopic> | null;

/** Saves how the signed-in member wants mail about each topic: off, at once, or in the daily digest. */
export async function saveMailPreferencesAction(
  _previous: MailPreferencesState,
  submitted: FormData,
): Promise<MailPreferencesState> {
  const viewer = await requireMember('/settings');
  const formData = formDataOf(submitted);
  const values = Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, formText(formData, topic)])) as Record<MailTopic, string>;
  const parsed = mailPreferencesSchema.safeParse(values);
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted choices.', z.flattenError(parsed.error).fieldErrors, values);
  }

  await setMailPreferences(viewer, parsed.data);
  revalidatePath('/settings');
  return success(undefined, 'Your email choices are saved.');
}

export type UnsubscribeState = ActionResult | null;

const REFUSALS: Record<Extract<UnsubscribeOutcome, { ok: false }>['reason'], FailureReason> = {
  invalid: 'invalid',
  expired: 'invalid',
  'no-account': 'not-found',
};

/**
 * The "Unsubscribe" button of the page an unsubscribe link opens. Nobody
 * needs to be signed in: the signed token in the form says whose mail it
 * stops, and a forged or expired one is answered in words.
 */
export async function unsubscribeAction(_previous: UnsubscribeState, submitted: FormData): Promise<UnsubscribeState> {
  const stopped = await unsubscribe(formText(formDataOf(submitted), 'token'));
  if (!stopped.ok) return failure(REFUSALS[stopped.reason], UNSUBSCRIBE_PROBLEMS[stopped.reason]);
  revalidatePath('/settings');
  return success(undefined, unsubscribeWording(stopped.scope).done);
}
