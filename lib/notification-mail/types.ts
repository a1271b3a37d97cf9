import type { MailCadence, MailTopic } from '@/db/schema';

export type { MailCadence, MailTopic };

/** Every topic notification mail can be about, in the order settings lists them. */
export const MAIL_TOPICS = ['replies', 'mentions', 'badges', 'followed-reviews'] as const satisfies readonly MailTopic[];
export const MAIL_CADENCES = ['off', 'immediate', 'daily'] as const satisfies readonly MailCadence[];

/** One cadence per topic. */
export type MailPreferences = Record<MailTopic, MailCadence>;

/** What a member without a choice gets: no mail at all, since notification mail is opt-in. */
export const NO_NOTIFICATION_MAIL: MailPreferences = {
  replies: 'off',
  mentions: 'off',
  badges: 'off',
  'followed-reviews': 'off',
};

/** Something that happened to a member that may also go by mail, as the in-app notice describes it. */
export interface MailNotice {
  recipientId: string;
  topic: MailTopic;
  actorId?: string | null;
  reviewId?: number | null;
  commentId?: number | null;
  payload?: { badges?: { key: string; tier: number }[] };
}

/** What an unsubscribe link stops: one topic, or every topic a member gets in their daily digest. */
export type UnsubscribeScope = MailTopic | 'digest';
