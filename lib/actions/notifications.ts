'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { requireMember } from '@/lib/auth/viewer';
import { markAllRead, setNotificationPreferences, stopBadgeNotifications } from '@/lib/notifications/mutations';
import { NOTIFICATION_PREFERENCES } from '@/lib/notifications/types';
import { notificationPreferencesSchema } from '@/lib/validation/notifications';
import { formDataOf } from '@/lib/validation/params';

import { type ActionResult, failure, success } from './result';

export async function markAllReadAction(): Promise<void> {
  const viewer = await requireMember('/notifications');
  await markAllRead(viewer);
  revalidatePath('/', 'layout');
}

/** One click, no JavaScript needed; undone in settings. Opting out stops notices, never badges. */
export async function stopBadgeNotificationsAction(): Promise<void> {
  const viewer = await requireMember('/notifications');
  await stopBadgeNotifications(viewer);
  revalidatePath('/notifications');
  revalidatePath('/settings');
  redirect('/notifications?badges=off');
}

export type PreferencesState = ActionResult<undefined> | null;

export async function saveNotificationPreferencesAction(
  _previous: PreferencesState,
  formData: FormData,
): Promise<PreferencesState> {
  const viewer = await requireMember('/settings');
  const form = formDataOf(formData);
  const parsed = notificationPreferencesSchema.safeParse(
    Object.fromEntries(NOTIFICATION_PREFERENCES.map((name) => [name, form.get(name)])),
  );
  if (!parsed.success) return failure('invalid', 'Your choices could not be read. Please try again.');
  await setNotificationPreferences(viewer, parsed.data);
  revalidatePath('/settings');
  return success(undefined, 'Your notification choices are saved.');
}
