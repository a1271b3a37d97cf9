import { sql } from 'drizzle-orm';

import type { Executor } from './index';
import { queueMailNotices } from './mail-notices';
import { notSilenced } from './silence';
import type { NotificationKind } from './schema';

export interface Notice {
  recipientId: string;
  kind: NotificationKind;
  actorId?: string | null;
  reviewId?: number | null;
  commentId?: number | null;
  payload?: Record<string, unknown>;
}

/**
 * Sends notices, in one INSERT inside the caller's transaction: a notice
 * never outlives the action that caused it, and never slows it by more than
 * this statement. The rules every kind shares live here and nowhere else:
 * nobody is told about their own action, and nobody is told what they turned
 * off in settings (the `notify_<kind>` columns), and nobody hears from a
 * member they muted or blocked (a blocked member's mention of them, say).
 * Opting out stops notices, never what caused them. Mail follows choices of
 * its own (./mail-notices.ts), and the same silence.
 *
 * It stands below lib/ with the counters (db/counters.ts) because every
 * domain that tells a member something sends through it (comments, follows,
 * votes, badges), while the notification centre's words
 * (lib/notifications/text.ts) name those domains: kept in lib/notifications,
 * badges and notifications would import each other.
 */
export async function sendNotices(executor: Executor, notices: Notice[]): Promise<void> {
  const wanted = notices.filter((notice) => notice.recipientId !== notice.actorId);
  if (wanted.length === 0) return;
  const rows = wanted.map(
    (notice) => sql`(${notice.recipientId}::uuid, ${notice.kind}::notification_kind, ${notice.actorId ?? null}::uuid,
      ${notice.reviewId ?? null}::int, ${notice.commentId ?? null}::int, ${JSON.stringify(notice.payload ?? {})}::jsonb)`,
  );
  await executor.execute(sql`
    insert into notifications (recipient_id, kind, actor_id, review_id, comment_id, payload)
    select n.recipient_id, n.kind, n.actor_id, n.review_id, n.comment_id, n.payload
      from (values ${sql.join(rows, sql`, `)}) as n (recipient_id, kind, actor_id, review_id, comment_id, payload)
      join users u on u.id = n.recipient_id
     where case n.kind
             when 'reply' then u.notify_replies
             when 'mention' then u.notify_mentions
             when 'badge' then u.notify_badges
             when 'milestone' then u.notify_milestones
             when 'follow' then u.notify_follows
           end
       and ${notSilenced(sql`n.recipient_id`, sql`n.actor_id`)}`);
  await queueMailNotices(executor, wanted);
}
