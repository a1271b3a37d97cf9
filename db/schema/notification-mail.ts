import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { createdAt, timestamptz } from './columns';
import { comments } from './comments';
import { reviews } from './reviews';
import { users } from './users';

/** How a member wants mail about one topic: none (the default: mail is opt-in), one mail each, or a daily digest. */
export const mailCadence = pgEnum('mail_cadence', ['off', 'immediate', 'daily']);
export type MailCadence = (typeof mailCadence.enumValues)[number];

/** What notification mail is about: replies, mentions, badges, and new reviews by members one follows. */
export const mailTopic = pgEnum('mail_topic', ['replies', 'mentions', 'badges', 'followed-reviews']);
export type MailTopic = (typeof mailTopic.enumValues)[number];

/**
 * Which notification mail a member asked for, one cadence per topic. A
 * member without a row gets none. Apart from the in-app notices (the
 * `notify_*` columns on users): a member may want one without the other.
 */
export const mailPreferences = pgTable('mail_preferences', {
  memberId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  replies: mailCadence().notNull().default('off'),
  mentions: mailCadence().notNull().default('off'),
  badges: mailCadence().notNull().default('off'),
  followedReviews: mailCadence().notNull().default('off'),
  /** When the member's last digest was queued: the next one covers what happened since. */
  lastDigestAt: timestamptz(),
  updatedAt: createdAt(),
});

/**
 * Notices waiting to go by mail, written in the transaction of the event
 * itself (db/mail-notices.ts) with the cadence the member chose then: an
 * `immediate` one is composed and queued in the mail outbox within seconds
 * (lib/notification-mail/immediate.ts), a `daily` one waits for the member's
 * digest (lib/digests). `mailedAt` marks what a mail has taken: marking the
 * rows read, rather than keeping a time or an id to read from, is what keeps
 * a notice whose transaction commits late from being skipped.
 */
export const mailNotices = pgTable(
  'mail_notices',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: mailTopic().notNull(),
    cadence: mailCadence().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    reviewId: integer().references(() => reviews.id, { onDelete: 'cascade' }),
    commentId: integer().references(() => comments.id, { onDelete: 'cascade' }),
    /** What the linked rows do not say (the badge tiers earned). */
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    mailedAt: timestamptz(),
  },
  (t) => [
    index('mail_notices_immediate_idx')
      .on(t.id)
      .where(sql`${t.mailedAt} is null and ${t.cadence} = 'immediate'`),
    index('mail_notices_daily_idx')
      .on(t.recipientId, t.id)
      .where(sql`${t.mailedAt} is null and ${t.cadence} = 'daily'`),
    index('mail_notices_mailed_at_idx').on(t.mailedAt),
    index('mail_notices_actor_id_idx').on(t.actorId),
    index('mail_notices_review_id_idx').on(t.reviewId),
    index('mail_notices_comment_id_idx').on(t.commentId),
  ],
);

/**
 * One row per daily job and day (the database's UTC date) it ran on, written
 * in the job's own transaction: a job whose row exists has run that day, on
 * whichever server, and a restart does not run it again.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text().notNull(),
    ranOn: date({ mode: 'string' }).notNull(),
    startedAt: createdAt(),
    finishedAt: timestamptz(),
    /** What the job reports it did ("12 digests"), for operators. */
    summary: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.job, t.ranOn] })],
);

export type MailPreferencesRow = typeof mailPreferences.$inferSelect;
export type MailNoticeRow = typeof mailNotices.$inferSelect;
