import type { NotificationKind } from '@/db/schema';
import { describeNotification, type NotificationText } from '@/lib/notifications/text';
import { SITE_NAME } from '@/lib/site';

import type { MailNotice, MailTopic } from './types';

/** A notice as a mail tells it: who, on what, with the titles as they stand when the mail is written. */
export interface MailItem {
  topic: MailTopic;
  actor: { handle: string; displayName: string } | null;
  /** Null once the review is deleted or its author has left: a mail does not name it then. */
  review: { id: number; title: string; filmTitle: string } | null;
  commentId: number | null;
  payload: NonNullable<MailNotice['payload']>;
}

const NOTIFICATION_KIND: Record<Exclude<MailTopic, 'followed-reviews'>, NotificationKind> = {
  replies: 'reply',
  mentions: 'mention',
  badges: 'badge',
};

/** Why the member gets this mail, in the words of their settings. */
export const TOPIC_PHRASES: Record<MailTopic, string> = {
  replies: 'replies',
  mentions: 'mentions',
  badges: 'badges',
  'followed-reviews': 'new reviews by members you follow',
};

/** A digest's heading for each topic. */
export const TOPIC_HEADINGS: Record<MailTopic, string> = {
  replies: 'Replies',
  mentions: 'Mentions',
  badges: 'Badges',
  'followed-reviews': 'New reviews by members you follow',
};

/**
 * What one item says and where it leads, in the same sentences as the
 * notification centre (lib/notifications/text.ts): a badge keeps HiveBuzz's
 * "You received more than 100 upvotes. Your next target is to reach 200
 * upvotes."
 */
export function describeMailItem(item: MailItem, recipientHandle: string): NotificationText {
  if (item.topic === 'followed-reviews') {
    const who = item.actor ? item.actor.displayName : 'A former member';
    if (!item.review) return { lines: [`${who} published a review that has since been deleted.`], href: '/' };
    return {
      lines: [`${who} reviewed ${item.review.filmTitle}: “${item.review.title}”.`],
      href: `/reviews/${item.review.id}`,
    };
  }
  return describeNotification(
    {
      id: 0,
      kind: NOTIFICATION_KIND[item.topic],
      createdAt: new Date(0),
      read: false,
      actor: item.actor,
      review: item.review,
      commentId: item.commentId,
      payload: item.payload,
    },
    recipientHandle,
  );
}

/** The subject and the link's label of a mail about one item. */
export function noticeSubject(item: MailItem): { subject: string; actionLabel: string } {
  const who = item.actor ? item.actor.displayName : 'A former member';
  switch (item.topic) {
    case 'replies':
      return { subject: `${who} replied to you on ${SITE_NAME}`, actionLabel: 'Read the reply' };
    case 'mentions':
      return { subject: `${who} mentioned you on ${SITE_NAME}`, actionLabel: 'Read the comment' };
    case 'badges': {
      const count = item.payload.badges?.length ?? 0;
      return {
        subject: count > 1 ? `You earned ${count} badges on ${SITE_NAME}` : `You earned a badge on ${SITE_NAME}`,
        actionLabel: 'See your badges',
      };
    }
    case 'followed-reviews':
      return {
        subject: item.review ? `${who} reviewed ${item.review.filmTitle}` : `${who} published a review`,
        actionLabel: 'Read the review',
      };
  }
}
