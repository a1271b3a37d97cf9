import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

import { createdAt, timestamptz } from './columns';

/**
 * Mail waiting to be sent, and mail sent. A message is written here in the
 * transaction that caused it, so it exists exactly when that change does; the
 * delivery worker (lib/mail/worker.ts) sends it afterwards and retries with
 * backoff, so a down SMTP server or a restart loses nothing.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** What the message is for ("password-reset", "verify-email", …): for the log and for tests. */
    kind: text().notNull(),
    /** Set when the same message must never be queued twice (a daily digest, say); unique while present. */
    key: text().unique(),
    recipient: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    /** Extra header lines, name → value. */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamptz().notNull().defaultNow(),
    lastError: text(),
    sentAt: timestamptz(),
    /** Set when the relay refused the recipient for good, or after the last retry. */
    failedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    // The worker's only question: what is due now.
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    check('mail_outbox_attempts_nonnegative', sql`${t.attempts} >= 0`),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
