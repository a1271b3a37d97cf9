import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

import { createdAt } from './columns';
import { users } from './users';

/**
 * Whom a member has muted: their reviews and comments are kept out of what
 * the member reads. One row per pair (the primary key), never oneself.
 */
export const mutes = pgTable(
  'mutes',
  {
    memberId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mutedId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.mutedId] }),
    index('mutes_muted_id_idx').on(t.mutedId),
    check('mutes_not_self', sql`${t.memberId} <> ${t.mutedId}`),
  ],
);

/**
 * Whom a member has blocked: everything a mute does, and the blocked member
 * can no longer reply to them, mention them or follow them. The blocked
 * member is never told. One row per pair, never oneself.
 */
export const blocks = pgTable(
  'blocks',
  {
    memberId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.blockedId] }),
    index('blocks_blocked_id_idx').on(t.blockedId),
    check('blocks_not_self', sql`${t.memberId} <> ${t.blockedId}`),
  ],
);

export type Mute = typeof mutes.$inferSelect;
export type Block = typeof blocks.$inferSelect;
