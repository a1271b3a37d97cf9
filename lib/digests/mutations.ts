import 'server-only';

import { sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { enqueueMails } from '@/lib/mail/mutations';
import type { MailMessage } from '@/lib/mail/types';
import { loadMailItems } from '@/lib/notification-mail/queries';
import { MAIL_TOPICS, type MailCadence, type MailNotice, type MailTopic } from '@/lib/notification-mail/types';

import { DIGEST_ITEMS_PER_TOPIC, type DigestSection, digestMail } from './compose';
import { notBanned } from '@/db/bans';

/** Members whose digests are written per round: bounds what one round holds in memory. */
const MEMBERS_PER_ROUND = 200;
/** Mailed notices are kept this long, then removed. */
const KEEP_MAILED_DAYS = 30;

type TakenEntry = {
  id: number;
  recipient_id: string;
  topic: MailTopic;
  actor_id: string | null;
  review_id: number | null;
  comment_id: number | null;
  payload: MailNotice['payload'];
};

type DigestMember = {
  id: string;
  email: string;
  handle: string;
  last_digest_at: Date | null;
  cadence: Record<MailTopic, MailCadence>;
};

/**
 * Queues one digest for every member with something waiting, in the caller's
 * transaction (the daily job's): each round takes the waiting daily notices
 * of the next members by id and marks them mailed in the same statement, so
 * a notice is in exactly one digest, and one whose event commits during the
 * run waits for tomorrow's. Notices of topics the member no longer gets daily,
 * or of accounts that are gone, are marked and not sent. Nothing waiting, no
 * mail. Returns how many digests were queued.
 */
export async function sendDigests(executor: Executor, { origin }: { origin: string }): Promise<{ digests: number }> {
  let digests = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const taken = await executor.execute<TakenEntry>(sql`
      update mail_notices e set mailed_at = now()
       where e.mailed_at is null and e.cadence = 'daily'
         and e.recipient_id in (select distinct recipient_id from mail_notices
                                 where mailed_at is null and cadence = 'daily' and recipient_id > ${after}::uuid
                                 order by recipient_id limit ${MEMBERS_PER_ROUND})
      returning e.id, e.recipient_id, e.topic, e.actor_id, e.review_id, e.comment_id, e.payload`);
    if (taken.length === 0) break;
    after = taken.reduce((last, entry) => (entry.recipient_id > last ? entry.recipient_id : last), after);
    const mails = await digestsFor(executor, taken, origin);
    await enqueueMails(executor, mails);
    digests += mails.length;
  }
  await executor.execute(sql`
    delete from mail_notices where mailed_at < now() - make_interval(days => ${KEEP_MAILED_DAYS})`);
  return { digests };
}

async function digestsFor(executor: Executor, taken: TakenEntry[], origin: string): Promise<MailMessage[]> {
  const members = await executor.execute<DigestMember>(sql`
    select u.id, u.email, u.handle, p.last_digest_at,
           json_build_object('replies', p.replies, 'mentions', p.mentions, 'badges', p.badges,
                             'followed-reviews', p.followed_reviews) as cadence
      from users u join mail_preferences p on p.member_id = u.id
     where u.id = any(${sql.param([...new Set(taken.map((entry) => entry.recipient_id))])}::uuid[])
       and u.email is not null and u.email_verified is not null and ${notBanned('u')} and u.deleted_at is null`);

  const planned = members.flatMap((member) => {
    const wanted = taken.filter((entry) => entry.recipient_id === member.id && member.cadence[entry.topic] === 'daily');
    if (wanted.length === 0) return [];
    const sections = MAIL_TOPICS.flatMap((topic) => {
      const entries = wanted.filter((entry) => entry.topic === topic).sort((a, b) => b.id - a.id);
      if (entries.length === 0) return [];
      const count = entries.reduce((sum, entry) => sum + (topic === 'badges' ? (entry.payload?.badges?.length ?? 1) : 1), 0);
      return [{ topic, shown: entries.slice(0, DIGEST_ITEMS_PER_TOPIC), total: entries.length, count }];
    });
    return [{ member, sections, newestEntryId: Math.max(...wanted.map((entry) => entry.id)) }];
  });

  // Every shown line of the round read in two queries, then handed back in order.
  const shown = planned.flatMap((plan) => plan.sections.flatMap((section) => section.shown));
  const items = await loadMailItems(
    executor,
    shown.map((entry) => ({
      topic: entry.topic,
      actorId: entry.actor_id,
      reviewId: entry.review_id,
      commentId: entry.comment_id,
      payload: entry.payload,
    })),
  );
  let next = 0;
  const mails = planned.map(({ member, sections, newestEntryId }) =>
    digestMail(
      member,
      sections.map((section): DigestSection => ({
        topic: section.topic,
        items: section.shown.map(() => items[next++]!),
        total: section.total,
        count: section.count,
      })),
      { origin, since: member.last_digest_at ? new Date(member.last_digest_at) : null, newestEntryId },
    ),
  );
  if (planned.length > 0) {
    await executor.execute(sql`
      update mail_preferences set last_digest_at = now()
       where member_id = any(${sql.param(planned.map((plan) => plan.member.id))}::uuid[])`);
  }
  return mails;
}
