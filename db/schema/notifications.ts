import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, uuid } from 'drizzle-orm/pg-core';

import { createdAt, timestamptz } from './columns';
import { comments } from './comments';
import { reviews } from './reviews';
import { users } from './users';

export const notificationKind = pgEnum('notification_kind', ['reply', 'mention', 'badge', 'milestone', 'follow']);
export type NotificationKind = (typeof notificationKind.enumValues)[number];

/**
 * What happened to a member that they may want to know: a reply, a mention,
 * a badge, an upvote milestone, a new follower. `actorId` is who caused it
 * (never the recipient); `payload` holds what the notice says that the linked
 * rows do not (badge tiers, milestone counts).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    reviewId: integer().references(() => reviews.id, { onDelete: 'cascade' }),
    commentId: integer().references(() => comments.id, { onDelete: 'cascade' }),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_recipient_created_at_idx').on(t.recipientId, t.createdAt, t.id),
    index('notifications_recipient_unread_idx')
      .on(t.recipientId)
      .where(sql`${t.readAt} is null`),
    index('notifications_actor_id_idx').on(t.actorId),
    index('notifications_review_id_idx').on(t.reviewId),
    index('notifications_comment_id_idx').on(t.commentId),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
