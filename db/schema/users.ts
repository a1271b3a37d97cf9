import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AdapterAccountType } from 'next-auth/adapters';

import { createdAt, timestamptz } from './columns';

export const userRole = pgEnum('user_role', ['member', 'moderator', 'admin']);

/**
 * Members. The first five columns are the ones Auth.js's adapter reads and
 * writes; the rest are Verdict's. Ids are uuids because Auth.js hands them out
 * as strings; everything Verdict itself numbers (films, reviews, comments) uses
 * identity columns, which keep URLs short and ltree labels valid.
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text(),
    /** Stored lower-cased (see the check) so the unique key is case-insensitive. */
    email: text().unique(),
    emailVerified: timestamptz(),
    image: text(),
    /** Lower-case, 3–30 of a-z 0-9 _ -. The check keeps uniqueness case-insensitive. */
    handle: text().notNull(),
    displayName: text().notNull(),
    bio: text().notNull().default(''),
    role: userRole().notNull().default('member'),
    /** argon2id; null for members who only sign in with GitHub or Google. */
    passwordHash: text(),
    /**
     * Bumped on a password change or "sign out everywhere": every session
     * token carries the version it was issued at and stops working when they differ.
     */
    sessionVersion: integer().notNull().default(0),
    /**
     * Upvotes this member's reviews and comments hold (every vote row on
     * them). Derived data, moved only through db/counters.ts: by a vote (whose
     * statement returns the new total to the badge check, so exactly one vote
     * sees each threshold crossed), a deleted comment, an account deletion and
     * the seeds' recount.
     */
    upvotesReceived: integer().notNull().default(0),
    /** Which notices the member wants; opting out stops notices, never badges. */
    notifyReplies: boolean().notNull().default(true),
    notifyMentions: boolean().notNull().default(true),
    notifyBadges: boolean().notNull().default(true),
    notifyMilestones: boolean().notNull().default(true),
    notifyFollows: boolean().notNull().default(true),
    /** Whether others may see the member's watchlist. */
    watchlistPrivate: boolean().notNull().default(false),
    /** Spoilers in reviews of films the member logged as watched open for them (only for them). */
    openSpoilersWhenWatched: boolean().notNull().default(true),
    createdAt: createdAt(),
    /**
     * A ban: from `bannedAt` until `banEndsAt` (null: for good), for
     * `banReason`. It lifts itself when `banEndsAt` passes: every check reads
     * db/bans.ts `underBan`, so no job has to clear it.
     */
    bannedAt: timestamptz(),
    banEndsAt: timestamptz(),
    banReason: text(),
    deletedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('users_handle_key').on(t.handle),
    check('users_handle_format', sql`${t.handle} ~ '^[a-z0-9_-]{3,30}$'`),
    check('users_display_name_length', sql`char_length(${t.displayName}) between 1 and 50`),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_bio_length', sql`char_length(${t.bio}) <= 500`),
    check('users_upvotes_received_nonnegative', sql`${t.upvotesReceived} >= 0`),
  ],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().$type<AdapterAccountType>().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index('accounts_user_id_idx').on(t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamptz().notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamptz().notNull(),
  },
  // Links carry only the token, so it is looked up on its own.
  (t) => [primaryKey({ columns: [t.identifier, t.token] }), index('verification_tokens_token_idx').on(t.token)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
