import { z } from 'zod';

import { MAIL_CADENCES, MAIL_TOPICS, type MailTopic } from '@/lib/notification-mail/types';

const cadence = z.enum(MAIL_CADENCES, { error: 'Choose Off, Immediately or Daily digest.' });

/** The settings form's choice per topic: one of three radio buttons each. */
export const mailPreferencesSchema = z.object(
  Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, cadence])) as Record<MailTopic, typeof cadence>,
);
