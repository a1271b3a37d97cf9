import { sql } from 'drizzle-orm';

import type { Executor } from './index';
import type { Notice } from './notices';
import { notBanned } from './bans';
import { notSilenced } from './silence';

/** Members who may be mailed at all: a verified address (so nobody can have Verdict mail a stranger), not banned, not deleted. */
const MAILABLE = sql`u.email is not null and u.email_verified is not null and ${notBanned('u')} and u.deleted_at is null`;

/**
 * Queues notices for mail, in one INSERT inside the caller's transaction
 * (sendNotices calls it with every notice it is given, before the in-app
 * choices filter them: mail has choices of its own). Only replies, mentions
 * and badges go by mail, and only to members who chose mail for that topic
 * (it is opt-in), with the cadence they chose: lib/notification-mail sends
 * the immediate ones within seconds, the daily job the rest. Here, below
 * lib/ like sendNotices, because badges send notices and the mail's words
 * name badges.
 */
export async function queueMailNotices(executor: Executor, notices: Notice[]): Promise<void> {
  const mailed = notices.filter(
    (notice) => ['reply', 'mention', 'badge'].includes(notice.kind) && notice.recipientId !== notice.actorId,
  );
  if (mailed.length === 0) return;
  const rows = mailed.map(
    (notice) => sql`(${notice.recipientId}::uuid, ${notice.kind}::text, ${notice.actorId ?? null}::uuid,
      ${notice.reviewId ?? null}::int, ${notice.commentId ?? null}::int, ${JSON.stringify(notice.payload ?? {})}::jsonb)`,
  );
  await executor.execute(sql`
    insert into mail_notices (recipient_id, topic, cadence, actor_id, review_id, comment_id, payload)
    select n.recipient_id, chosen.topic, chosen.cadence, n.actor_id, n.review_id, n.comment_id, n.payload
      from (values ${sql.join(rows, sql`, `)}) as n (recipient_id, kind, actor_id, review_id, comment_id, payload)
      join users u on u.id = n.recipient_id and ${MAILABLE}
      join mail_preferences p on p.member_id = u.id
      cross join lateral (
        select case n.kind when 'reply' then 'replies' when 'mention' then 'mentions' else 'badges' end::mail_topic as topic,
               case n.kind when 'reply' then p.replies when 'mention' then p.mentions else p.badges end as cadence
      ) chosen
     where chosen.cadence <> 'off' and ${notSilenced(sql`n.recipient_id`, sql`n.actor_id`)}`);
}

/**
 * Queues a new review for mail to the author's followers who chose mail
 * about new reviews, in the publishing transaction: one statement, however
 * many follow the author (the follows index on the followed member finds them).
 */
export async function queueFollowerMail(executor: Executor, review: { authorId: string; reviewId: number }): Promise<void> {
  await executor.execute(sql`
    insert into mail_notices (recipient_id, topic, cadence, actor_id, review_id)
    select f.follower_id, 'followed-reviews', p.followed_reviews, ${review.authorId}::uuid, ${review.reviewId}::int
      from follows f
      join mail_preferences p on p.member_id = f.follower_id and p.followed_reviews <> 'off'
      join users u on u.id = f.follower_id and ${MAILABLE}
     where f.followed_id = ${review.authorId}`);
}
