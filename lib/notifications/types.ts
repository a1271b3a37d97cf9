import type { NotificationKind } from '@/db/schema';

/** A notification as the centre shows it. */
export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  createdAt: Date;
  read: boolean;
  actor: { handle: string; displayName: string } | null;
  review: { id: number; title: string } | null;
  commentId: number | null;
  payload: { badges?: { key: string; tier: number }[]; upvotes?: number };
}

export const NOTIFICATION_PREFERENCES = [
  'notifyReplies',
  'notifyMentions',
  'notifyBadges',
  'notifyMilestones',
  'notifyFollows',
] as const;
export type NotificationPreference = (typeof NOTIFICATION_PREFERENCES)[number];
export type NotificationPreferences = Record<NotificationPreference, boolean>;
