import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import type { NotificationPreferences } from './types';

/** Marks every notification of the actor's as read. */
export async function markAllRead(actor: { id: string }): Promise<void> {
  await db.execute(sql`update notifications set read_at = now() where recipient_id = ${actor.id} and read_at is null`);
}

/** Sets which notices the actor wants. Badges themselves are never affected. */
export async function setNotificationPreferences(actor: { id: string }, preferences: NotificationPreferences): Promise<void> {
  await db.execute(sql`
    update users set notify_replies = ${preferences.notifyReplies}, notify_mentions = ${preferences.notifyMentions},
                     notify_badges = ${preferences.notifyBadges}, notify_milestones = ${preferences.notifyMilestones},
                     notify_follows = ${preferences.notifyFollows}
     where id = ${actor.id}`);
}

/** The one-click "Stop badge notifications" on every badge notice. */
export async function stopBadgeNotifications(actor: { id: string }): Promise<void> {
  await db.execute(sql`update users set notify_badges = false where id = ${actor.id}`);
}
