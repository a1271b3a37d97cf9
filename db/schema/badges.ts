import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { createdAt } from './columns';
import { users } from './users';

/**
 * Badges earned: one row per (member, badge, tier). The primary key makes a
 * second grant of the same tier impossible, however many transactions cross
 * its threshold at once. Badges are never taken away. Ladders live in code
 * (lib/badges/ladders.ts); `tier` is the threshold, 1 for one-off badges.
 */
export const userBadges = pgTable(
  'user_badges',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    badgeKey: text().notNull(),
    tier: integer().notNull(),
    awardedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.badgeKey, t.tier] }),
    index('user_badges_badge_awarded_at_idx').on(t.badgeKey, t.tier, t.awardedAt),
    index('user_badges_awarded_at_idx').on(t.awardedAt),
  ],
);

export type UserBadge = typeof userBadges.$inferSelect;
