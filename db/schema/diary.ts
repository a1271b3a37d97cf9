import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';

import { createdAt } from './columns';
import { films } from './films';
import { reviews } from './reviews';
import { users } from './users';

/** Films a member wants to watch: one row per member and film (the primary key). */
export const watchlistEntries = pgTable(
  'watchlist_entries',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.filmId] }),
    // A film page counts who wants to watch it.
    index('watchlist_entries_film_id_idx').on(t.filmId),
    index('watchlist_entries_user_created_idx').on(t.userId, t.createdAt),
  ],
);

/**
 * A member's diary: one row per watch, so a film watched three times is three
 * entries. `rating` (1–10, like a review's) and the link to the member's own
 * review are optional.
 */
export const diaryEntries = pgTable(
  'diary_entries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    watchedOn: date({ mode: 'string' }).notNull(),
    rewatch: boolean().notNull().default(false),
    rating: smallint(),
    reviewId: integer().references(() => reviews.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('diary_entries_user_watched_idx').on(t.userId, t.watchedOn, t.id),
    index('diary_entries_user_film_idx').on(t.userId, t.filmId),
    index('diary_entries_film_id_idx').on(t.filmId),
    index('diary_entries_review_id_idx').on(t.reviewId),
    check('diary_entries_rating_range', sql`${t.rating} between 1 and 10`),
  ],
);

/** Letterboxd film addresses matched to Verdict films, so the next import needs no choosing. */
export const letterboxdFilms = pgTable('letterboxd_films', {
  uri: text().primaryKey(),
  filmId: integer()
    .notNull()
    .references(() => films.id, { onDelete: 'cascade' }),
});

export type WatchlistEntry = typeof watchlistEntries.$inferSelect;
export type DiaryEntry = typeof diaryEntries.$inferSelect;
