import 'server-only';

import { desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { notifications, reviews, users } from '@/db/schema';

import type { NotificationItem } from './types';

export const NOTIFICATIONS_PAGE_SIZE = 50;

/**
 * The recipient's latest notifications, newest first, with who caused each
 * and the review it happened on. Only the recipient's own rows: the id is
 * the WHERE clause. Notices about reviews since deleted are left out.
 */
export async function listNotifications(recipientId: string): Promise<NotificationItem[]> {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      commentId: notifications.commentId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      actorHandle: users.handle,
      actorDisplayName: users.displayName,
      actorImage: users.image,
      reviewId: reviews.id,
      reviewTitle: reviews.title,
      reviewStatus: reviews.status,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(reviews, eq(reviews.id, notifications.reviewId))
    .where(eq(notifications.recipientId, recipientId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE);

  return rows
    .filter((row) => row.reviewStatus !== 'deleted')
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      actor: row.actorHandle ? { handle: row.actorHandle, displayName: row.actorDisplayName ?? row.actorHandle, image: row.actorImage } : null,
      review: row.reviewId !== null && row.reviewTitle !== null ? { id: row.reviewId, title: row.reviewTitle } : null,
      commentId: row.commentId,
      createdAt: row.createdAt,
      read: row.readAt !== null,
    }));
}
