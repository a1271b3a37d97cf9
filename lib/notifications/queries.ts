import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import type { NotificationItem, NotificationPreferences } from './types';

export const NOTIFICATIONS_PAGE_SIZE = 30;

export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
}

/** The member's notifications, newest first, paged by keyset on (created_at, id). */
export async function listNotifications(
  recipientId: string,
  { after, limit = NOTIFICATIONS_PAGE_SIZE }: { after?: string; limit?: number } = {},
): Promise<NotificationPage> {
  const cursor = after?.match(/^(\d{1,17})_(\d{1,10})$/);
  const before = cursor
    ? sql`and (n.created_at, n.id) < (timestamptz 'epoch' + ${cursor[1]}::bigint * interval '1 microsecond', ${Number(cursor[2])})`
    : sql``;
  const rows = await db.execute<{
    id: number;
    kind: NotificationItem['kind'];
    created_at: Date;
    read_at: Date | null;
    actor_handle: string | null;
    actor_name: string | null;
    review_id: number | null;
    review_title: string | null;
    comment_id: number | null;
    payload: NotificationItem['payload'];
    cursor_key: string;
  }>(sql`
    select n.id, n.kind, n.created_at, n.read_at, a.handle as actor_handle, a.display_name as actor_name,
           r.id as review_id, r.title as review_title, n.comment_id, n.payload,
           (extract(epoch from n.created_at) * 1000000)::bigint::text as cursor_key
      from notifications n
      left join users a on a.id = n.actor_id and a.deleted_at is null
      -- A deleted review (or one whose author left) keeps its row for a
      -- while, but a notice must not keep showing its title: it reads as gone.
      left join (reviews r join users ra on ra.id = r.author_id and ra.deleted_at is null)
        on r.id = n.review_id and r.status = 'published'
     where n.recipient_id = ${recipientId} ${before}
     order by n.created_at desc, n.id desc
     limit ${limit + 1}`);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      createdAt: new Date(row.created_at),
      read: row.read_at !== null,
      actor: row.actor_handle && row.actor_name ? { handle: row.actor_handle, displayName: row.actor_name } : null,
      review: row.review_id !== null && row.review_title !== null ? { id: row.review_id, title: row.review_title } : null,
      commentId: row.comment_id,
      payload: row.payload ?? {},
    })),
    nextCursor: rows.length > limit && last ? `${last.cursor_key}_${last.id}` : null,
  };
}

/** How many notifications the member has not read (the header's badge). */
export async function countUnread(recipientId: string): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from notifications where recipient_id = ${recipientId} and read_at is null`);
  return row?.n ?? 0;
}

export async function getNotificationPreferences(memberId: string): Promise<NotificationPreferences | null> {
  const [row] = await db.execute<NotificationPreferences>(sql`
    select notify_replies as "notifyReplies", notify_mentions as "notifyMentions", notify_badges as "notifyBadges",
           notify_milestones as "notifyMilestones", notify_follows as "notifyFollows"
      from users where id = ${memberId}`);
  return row ?? null;
}
