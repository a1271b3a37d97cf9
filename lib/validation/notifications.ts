import { z } from 'zod';

import { NOTIFICATION_PREFERENCES, type NotificationPreference } from '@/lib/notifications/types';

const checkbox = z.preprocess((value) => value === 'on', z.boolean());

/** The settings form's checkboxes: checked sends "on", unchecked sends nothing. */
export const notificationPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_PREFERENCES.map((name) => [name, checkbox])) as Record<NotificationPreference, typeof checkbox>,
);
