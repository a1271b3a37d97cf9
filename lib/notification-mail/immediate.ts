import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Database } from '@/db';
import { enqueueMails } from '@/lib/mail/mutations';

import { noticeMail } from './compose';
import { mailOrigin } from './links';
import { loadMailItems } from './queries';
import type { MailNotice, MailTopic } from './types';
import { notBanned } from '@/db/bans';

/** Notices turned into mail per round: bounds one transaction. */
const NOTICES_PER_ROUND = 100;
const POLL_MS = 2000;

type TakenNotice = {
  recipient_id: string;
  topic: MailTopic;
  actor_id: string | null;
  review_id: number | null;
  comment_id: number | null;
  payload: MailNotice['payload'];
  email: string | null;
  handle: string;
  still_wanted: boolean;
};

/**
 * Turns the notices queued for immediate mail (db/mail-notices.ts) into
 * messages in the mail outbox, in one transaction per round: the notices
 * are taken (locked, skipping those another server is taking, and marked)
 * and their mail queued together, so each is mailed exactly once. A member
 * who turned the topic off since, or whose account can no longer be
 * mailed, gets nothing. Returns how many notices it took.
 */
export async function mailImmediateNotices(database: Database = db): Promise<number> {
  return database.transaction(async (tx) => {
    const taken = await tx.execute<TakenNotice>(sql`
      with taken as (
        update mail_notices set mailed_at = now()
         where id in (select id from mail_notices where mailed_at is null and cadence = 'immediate'
                       order by id limit ${NOTICES_PER_ROUND} for update skip locked)
        returning id, recipient_id, topic, actor_id, review_id, comment_id, payload)
      select t.recipient_id, t.topic, t.actor_id, t.review_id, t.comment_id, t.payload, u.email, u.handle,
             u.email is not null and u.email_verified is not null and ${notBanned('u')} and u.deleted_at is null
             and case t.topic when 'replies' then p.replies when 'mentions' then p.mentions
                              when 'badges' then p.badges else p.followed_reviews end <> 'off' as still_wanted
        from taken t join users u on u.id = t.recipient_id left join mail_preferences p on p.member_id = u.id
       order by t.id`);
    const wanted = taken.filter((notice) => notice.still_wanted && notice.email);
    if (wanted.length === 0) return taken.length;
    const items = await loadMailItems(
      tx,
      wanted.map((notice) => ({
        topic: notice.topic,
        actorId: notice.actor_id,
        reviewId: notice.review_id,
        commentId: notice.comment_id,
        payload: notice.payload,
      })),
    );
    const origin = await mailOrigin();
    await enqueueMails(
      tx,
      wanted.map((notice, index) =>
        noticeMail(items[index]!, { id: notice.recipient_id, email: notice.email!, handle: notice.handle }, origin),
      ),
    );
    return taken.length;
  });
}

export interface NoticeMailer {
  stop: () => void;
}

const globalForNotices = globalThis as typeof globalThis & { verdictNoticeMailer?: NoticeMailer };

/**
 * Every two seconds, this server process turns queued immediate notices
 * into mail (the mail worker then sends it). Started once from
 * instrumentation.ts, kept on globalThis like the mail worker.
 */
export function startNoticeMailer(): NoticeMailer {
  if (globalForNotices.verdictNoticeMailer) return globalForNotices.verdictNoticeMailer;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastProblem = '';
  const tick = async () => {
    try {
      while ((await mailImmediateNotices()) === NOTICES_PER_ROUND);
      lastProblem = '';
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      // Said once, tried again every two seconds.
      if (problem !== lastProblem) console.error(`[mail] notices paused: ${problem.slice(0, 500)}`);
      lastProblem = problem;
    }
    if (!stopped) timer = setTimeout(tick, POLL_MS).unref();
  };
  timer = setTimeout(tick, POLL_MS).unref();
  const mailer: NoticeMailer = {
    stop() {
      stopped = true;
      clearTimeout(timer);
      globalForNotices.verdictNoticeMailer = undefined;
    },
  };
  globalForNotices.verdictNoticeMailer = mailer;
  return mailer;
}
