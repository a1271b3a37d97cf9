'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { requireUser } from '@/lib/auth/viewer';
import { setMailPreferences, unsubscribe } from '@/lib/notification-mail/mutations';
import { MAIL_TOPICS, type MailTopic } from '@/lib/notification-mail/types';
import { UNSUBSCRIBE_PROBLEMS, unsubscribeWording } from '@/lib/notification-mail/unsubscribe-text';
import { mailPreferencesSchema } from '@/lib/validation/mail-preferences';
import { formDataOf } from '@/lib/validation/params';

import { type ActionResult, failure } from './result';

const text = (formData: FormData, name: string) => {
  const value = formDataOf(formData).get(name);
  return typeof value === 'string' ? value : '';
};

export type MailPreferencesState = ActionResult<undefined, MailTopic> | null;

/** Saves how the signed-in member wants mail about each topic: off, at once, or in the daily digest. */
export async function saveMailPreferencesAction(
  _previous: MailPreferencesState,
  formData: FormData,
): Promise<MailPreferencesState> {
  const viewer = await requireUser('/settings');
  const values = Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, text(formData, topic)])) as Record<MailTopic, string>;
  const parsed = mailPreferencesSchema.safeParse(values);
  if (!parsed.success)
    return failure('Please correct the highlighted choices.', z.flattenError(parsed.error).fieldErrors, values);

  await setMailPreferences(viewer, parsed.data);
  revalidatePath('/settings');
  return { ok: true, data: undefined, message: 'Your email choices are saved.' };
}

export type UnsubscribeState = ActionResult | null;

/**
 * The "Unsubscribe" button of the page an unsubscribe link opens. Nobody
 * needs to be signed in: the signed token in the form says whose mail it
 * stops, and a forged or expired one is answered in words.
 */
export async function unsubscribeAction(_previous: UnsubscribeState, formData: FormData): Promise<UnsubscribeState> {
  const stopped = await unsubscribe(text(formData, 'token'));
  if (!stopped.ok) return failure(UNSUBSCRIBE_PROBLEMS[stopped.reason]);
  revalidatePath('/settings');
  return { ok: true, data: undefined, message: unsubscribeWording(stopped.scope).done };
}
