import type { MemberSummary } from '@/lib/users/types';

/** One line in the notification centre. */
export interface NotificationItem {
  id: number;
  kind: 'reply' | 'mention' | 'badge' | 'milestone' | 'follow';
  /** Who caused it; null when their account is gone. */
  actor: Pick<MemberSummary, 'handle' | 'displayName' | 'image'> | null;
  review: { id: number; title: string } | null;
  commentId: number | null;
  createdAt: Date;
  read: boolean;
}
