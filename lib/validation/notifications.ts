import { z } from 'zod';

import { NOTIFICATION_PREFERENCES, type NotificationPreference } from '@/lib/notifications/types';

import { checkbox } from './text';

/** The settings form's checkboxes: checked sends "on", unchecked sends nothing. */
export const notificationPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_PREFERENCES.map((name) => [name, checkbox])) as Record<NotificationPreference, typeof checkbox>,
);
