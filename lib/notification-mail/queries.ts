import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Executor } from '@/db';

import { unsubscribeSecret } from './links';
import type { MailItem } from './text';
import { type MailNotice, type MailPreferences, NO_NOTIFICATION_MAIL, type UnsubscribeScope } from './types';
import { readUnsubscribeToken } from './unsubscribe-token';

/** The member's notification mail choices; all off until they choose. */
export async function getMailPreferences(memberId: string, executor: Executor = db): Promise<MailPreferences> {
  const [row] = await executor.execute<MailPreferences>(sql`
    select replies, mentions, badges, followed_reviews as "followed-reviews" from mail_preferences where member_id = ${memberId}`);
  return row ? { ...row } : { ...NO_NOTIFICATION_MAIL };
}

export type UnsubscribeLink =
  { ok: true; scope: UnsubscribeScope; handle: string } | { ok: false; reason: 'invalid' | 'expired' | 'no-account' };

/** What an unsubscribe link would stop and for whom, for the page that asks to confirm; changes nothing. */
export async function readUnsubscribeLink(token: unknown): Promise<UnsubscribeLink> {
  const check = readUnsubscribeToken(token, { secret: unsubscribeSecret() });
  if (!check.ok) return check;
  const [member] = await db.execute<{ handle: string }>(sql`
    select handle from users where id = ${check.memberId} and deleted_at is null`);
  return member ? { ok: true, scope: check.scope, handle: member.handle } : { ok: false, reason: 'no-account' };
}

/**
 * The items these notices tell of, with the names and titles as they stand
 * now: a member who has left shows as a former member, and a review that is
 * no longer published (or whose author has left) is not named. Two queries
 * whatever the number of notices.
 */
export async function loadMailItems(executor: Executor, notices: Omit<MailNotice, 'recipientId'>[]): Promise<MailItem[]> {
  const actorIds = [...new Set(notices.flatMap((notice) => (notice.actorId ? [notice.actorId] : [])))];
  const reviewIds = [...new Set(notices.flatMap((notice) => (notice.reviewId ? [notice.reviewId] : [])))];
  const actors = actorIds.length
    ? await executor.execute<{ id: string; handle: string; display_name: string }>(sql`
        select id, handle, display_name from users where id = any(${sql.param(actorIds)}::uuid[]) and deleted_at is null`)
    : [];
  const reviews = reviewIds.length
    ? await executor.execute<{ id: number; title: string; film_title: string }>(sql`
        select r.id, r.title, f.title as film_title
          from reviews r
          join films f on f.id = r.film_id
          join users author on author.id = r.author_id and author.deleted_at is null
         where r.id = any(${sql.param(reviewIds)}::int[]) and r.status = 'published'`)
    : [];
  const actorById = new Map(actors.map((row) => [row.id, { handle: row.handle, displayName: row.display_name }]));
  const reviewById = new Map(reviews.map((row) => [row.id, { id: row.id, title: row.title, filmTitle: row.film_title }]));
  return notices.map((notice) => ({
    topic: notice.topic,
    actor: (notice.actorId && actorById.get(notice.actorId)) || null,
    review: (notice.reviewId && reviewById.get(notice.reviewId)) || null,
    commentId: notice.commentId ?? null,
    payload: notice.payload ?? {},
  }));
}
