import 'server-only';

import { sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { enqueueMails } from '@/lib/mail/mutations';

import { type MailRecipient, noticeMail } from './compose';
import { mailOrigin } from './links';
import { loadMailItems } from './queries';
import type { MailCadence, MailNotice } from './types';

/** The cadence column of each topic, in SQL. */
const CADENCE = sql`case n.topic when 'replies' then p.replies when 'mentions' then p.mentions
  when 'badges' then p.badges when 'followed-reviews' then p.followed_reviews end`;

/**
 * Sends notices by mail too, inside the caller's transaction (beside
 * sendNotices, which writes the in-app ones): a mail is queued, or kept for
 * the daily digest, only if the event commits. Only members who chose mail
 * for the topic get any (it is opt-in), and only at a verified address (so
 * nobody can have Verdict mail a stranger) on an account that is neither
 * banned nor deleted; nobody is mailed about their own action.
 * Costs one indexed query when, as usual, nobody asked for mail.
 */
export async function mailNotices(executor: Executor, notices: MailNotice[]): Promise<void> {
  const wanted = notices.filter((notice) => notice.recipientId !== notice.actorId);
  if (wanted.length === 0) return;
  const choices = await executor.execute<{ i: number; email: string; handle: string; cadence: MailCadence }>(sql`
    select n.i::int as i, u.email, u.handle, ${CADENCE} as cadence
      from unnest(${sql.param(wanted.map((notice) => notice.recipientId))}::uuid[],
                  ${sql.param(wanted.map((notice) => notice.topic))}::mail_topic[]) with ordinality as n (recipient_id, topic, i)
      join users u on u.id = n.recipient_id and u.email is not null and u.email_verified is not null and u.banned_at is null and u.deleted_at is null
      join mail_preferences p on p.member_id = u.id
     where ${CADENCE} <> 'off'`);
  if (choices.length === 0) return;

  const chosen = choices.map((choice) => ({ ...choice, notice: wanted[choice.i - 1]! }));
  const daily = chosen.filter((choice) => choice.cadence === 'daily').map((choice) => choice.notice);
  if (daily.length > 0) await keepForDigest(executor, daily);

  const immediate = chosen.filter((choice) => choice.cadence === 'immediate');
  if (immediate.length === 0) return;
  const items = await loadMailItems(
    executor,
    immediate.map((choice) => choice.notice),
  );
  const origin = await mailOrigin();
  await enqueueMails(
    executor,
    immediate.map((choice, index) =>
      noticeMail(items[index]!, { id: choice.notice.recipientId, email: choice.email, handle: choice.handle }, origin),
    ),
  );
}

async function keepForDigest(executor: Executor, notices: MailNotice[]) {
  const rows = notices.map(
    (notice) => sql`(${notice.recipientId}::uuid, ${notice.topic}::mail_topic, ${notice.actorId ?? null}::uuid,
      ${notice.reviewId ?? null}::int, ${notice.commentId ?? null}::int, ${JSON.stringify(notice.payload ?? {})}::jsonb)`,
  );
  await executor.execute(sql`
    insert into digest_entries (recipient_id, topic, actor_id, review_id, comment_id, payload) values ${sql.join(rows, sql`, `)}`);
}

/**
 * Tells the author's followers who chose mail about new reviews, in the
 * publishing transaction. A member followed by thousands costs two
 * statements for the digest entries and the followers who want one mail
 * each, plus one queued mail per such follower, written a few hundred per
 * statement.
 */
export async function mailFollowersOfReview(executor: Executor, review: { authorId: string; reviewId: number }) {
  const followers = sql`
    select u.id, u.email, u.handle, p.followed_reviews as cadence
      from follows f
      join mail_preferences p on p.member_id = f.follower_id and p.followed_reviews <> 'off'
      join users u on u.id = f.follower_id and u.email is not null and u.email_verified is not null and u.banned_at is null and u.deleted_at is null
     where f.followed_id = ${review.authorId}`;
  await executor.execute(sql`
    insert into digest_entries (recipient_id, topic, actor_id, review_id)
    select id, 'followed-reviews', ${review.authorId}::uuid, ${review.reviewId}::int
      from (${followers}) follower where cadence = 'daily'`);

  const immediate = await executor.execute<MailRecipient & Record<string, unknown>>(sql`
    select id, email, handle from (${followers}) follower where cadence = 'immediate'`);
  if (immediate.length === 0) return;
  const [item] = await loadMailItems(executor, [
    { topic: 'followed-reviews', actorId: review.authorId, reviewId: review.reviewId },
  ]);
  const origin = await mailOrigin();
  await enqueueMails(
    executor,
    immediate.map((recipient) => noticeMail(item!, recipient, origin)),
  );
}
