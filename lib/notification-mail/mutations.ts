import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

import { readUnsubscribeToken, type UnsubscribeTokenCheck } from './unsubscribe-token';
import { unsubscribeSecret } from './links';
import type { MailPreferences, MailTopic, UnsubscribeScope } from './types';

/** Sets which notification mail the actor wants, topic by topic. */
export async function setMailPreferences(actor: { id: string }, preferences: MailPreferences): Promise<void> {
  const { replies, mentions, badges } = preferences;
  const followedReviews = preferences['followed-reviews'];
  await db.execute(sql`
    insert into mail_preferences (member_id, replies, mentions, badges, followed_reviews)
    values (${actor.id}, ${replies}, ${mentions}, ${badges}, ${followedReviews})
    on conflict (member_id) do update
       set replies = excluded.replies, mentions = excluded.mentions, badges = excluded.badges,
           followed_reviews = excluded.followed_reviews, updated_at = now()`);
}

const COLUMNS: Record<MailTopic, string> = {
  replies: 'replies',
  mentions: 'mentions',
  badges: 'badges',
  'followed-reviews': 'followed_reviews',
};

export type UnsubscribeOutcome =
  | { ok: true; memberId: string; scope: UnsubscribeScope }
  | { ok: false; reason: Extract<UnsubscribeTokenCheck, { ok: false }>['reason'] | 'no-account' };

/**
 * Stops the mail an unsubscribe link names: its topic, or for a digest's
 * link every topic the member gets in the digest (what arrives at once stays
 * as chosen). The signed token is the only proof needed, so it works signed
 * out and from a mail program's one-click POST. Doing it twice is the same
 * as once.
 */
export async function unsubscribe(token: unknown): Promise<UnsubscribeOutcome> {
  const check = readUnsubscribeToken(token, { secret: unsubscribeSecret() });
  if (!check.ok) return check;
  const topics = (check.scope === 'digest' ? Object.keys(COLUMNS) : [check.scope]) as MailTopic[];
  const set = topics.map((topic) => {
    const column = sql.identifier(COLUMNS[topic]);
    return check.scope === 'digest'
      ? sql`${column} = case when mail_preferences.${column} = 'daily' then 'off' else mail_preferences.${column} end`
      : sql`${column} = 'off'`;
  });
  const [member] = await db.execute<{ id: string }>(sql`
    select id from users where id = ${check.memberId} and deleted_at is null`);
  if (!member) return { ok: false, reason: 'no-account' };
  await db.execute(sql`
    insert into mail_preferences (member_id) values (${check.memberId})
    on conflict (member_id) do update set ${sql.join(set, sql`, `)}, updated_at = now()`);
  return { ok: true, memberId: check.memberId, scope: check.scope };
}
