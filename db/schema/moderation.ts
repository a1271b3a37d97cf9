import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { comments } from './comments';
import { createdAt, timestamptz } from './columns';
import { reviews } from './reviews';
import { users } from './users';

/**
 * What can be reported. Each kind has its own nullable foreign key below and
 * the check says exactly that one is set; a new kind (a take, an image) is a
 * new enum value, a new column and one more arm of the check and of
 * `target_key`.
 */
export const reportTargetKind = pgEnum('report_target_kind', ['review', 'comment', 'profile']);
export type ReportTargetKind = (typeof reportTargetKind.enumValues)[number];

export const reportReason = pgEnum('report_reason', ['spam', 'harassment', 'spoiler', 'off-topic', 'other']);
export type ReportReason = (typeof reportReason.enumValues)[number];

/** `open` until a moderator acts: `actioned` (hidden, or its author banned) or `dismissed`. */
export const reportStatus = pgEnum('report_status', ['open', 'actioned', 'dismissed']);

// Spelled with CASE because an enum's cast to text is not immutable, and a generated column must be.
const TARGET_KEY = sql`case target_kind when 'review' then 'review:' || review_id::text
  when 'comment' then 'comment:' || comment_id::text else 'profile:' || profile_id::text end`;

/**
 * A member's report of a review, comment or profile. `targetKey` names the
 * target in one column (`comment:42`) so the queue groups by it and the
 * unique index allows one open report per reporter and target.
 */
export const reports = pgTable(
  'reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reporterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetKind: reportTargetKind().notNull(),
    reviewId: integer().references(() => reviews.id, { onDelete: 'cascade' }),
    commentId: integer().references(() => comments.id, { onDelete: 'cascade' }),
    profileId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    targetKey: text().notNull().generatedAlwaysAs(TARGET_KEY),
    reason: reportReason().notNull(),
    details: text().notNull().default(''),
    status: reportStatus().notNull().default('open'),
    createdAt: createdAt(),
    resolvedAt: timestamptz(),
    resolvedById: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('reports_open_per_reporter_key')
      .on(t.reporterId, t.targetKey)
      .where(sql`${t.status} = 'open'`),
    index('reports_open_queue_idx')
      .on(t.createdAt, t.id)
      .where(sql`${t.status} = 'open'`),
    index('reports_target_key_idx').on(t.targetKey),
    index('reports_review_id_idx').on(t.reviewId),
    index('reports_comment_id_idx').on(t.commentId),
    index('reports_profile_id_idx').on(t.profileId),
    index('reports_resolved_by_id_idx').on(t.resolvedById),
    check(
      'reports_one_target',
      sql`(${t.targetKind} = 'review' and ${t.reviewId} is not null and ${t.commentId} is null and ${t.profileId} is null)
       or (${t.targetKind} = 'comment' and ${t.commentId} is not null and ${t.reviewId} is null and ${t.profileId} is null)
       or (${t.targetKind} = 'profile' and ${t.profileId} is not null and ${t.reviewId} is null and ${t.commentId} is null)`,
    ),
    check('reports_details_length', sql`char_length(${t.details}) <= 1000`),
  ],
);

export const moderationActionKind = pgEnum('moderation_action_kind', ['hide', 'auto-hide', 'restore', 'dismiss', 'ban', 'role']);
export type ModerationActionKind = (typeof moderationActionKind.enumValues)[number];

/**
 * The public moderation log: every moderator action, and the hides the
 * report threshold made on its own (`auto-hide`, no moderator). Rows outlive
 * what they name (set null), so the log keeps its history. `detail` holds
 * what a kind needs beyond the reason: a ban's end, a role's old and new value.
 */
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: moderationActionKind().notNull(),
    moderatorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    targetKind: reportTargetKind().notNull(),
    reviewId: integer().references(() => reviews.id, { onDelete: 'set null' }),
    commentId: integer().references(() => comments.id, { onDelete: 'set null' }),
    memberId: uuid().references(() => users.id, { onDelete: 'set null' }),
    reason: text().notNull().default(''),
    detail: jsonb().$type<Record<string, string | null>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('moderation_actions_created_at_idx').on(t.createdAt, t.id),
    index('moderation_actions_member_id_idx').on(t.memberId, t.createdAt),
    index('moderation_actions_moderator_id_idx').on(t.moderatorId),
    index('moderation_actions_review_id_idx').on(t.reviewId),
    index('moderation_actions_comment_id_idx').on(t.commentId),
  ],
);

export type Report = typeof reports.$inferSelect;
export type ModerationAction = typeof moderationActions.$inferSelect;
