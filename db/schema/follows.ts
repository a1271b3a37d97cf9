import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

import { createdAt } from './columns';
import { users } from './users';

/** Who follows whom: one row per pair (the primary key), never oneself (the check). */
export const follows = pgTable(
  'follows',
  {
    followerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    followedId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.followedId] }),
    index('follows_followed_id_idx').on(t.followedId, t.createdAt),
    check('follows_not_self', sql`${t.followerId} <> ${t.followedId}`),
  ],
);

export type Follow = typeof follows.$inferSelect;
