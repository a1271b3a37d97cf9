import { inArray } from 'drizzle-orm';

import type { Transaction } from '../index';
import { reviews as reviewRows, users as userRows } from '../schema';
import { daysBefore } from './clock';
import { required } from './lookup';
import { reviews } from './reviews';
import { users } from './users';

export interface SeededReview {
  id: number;
  authorId: string;
  createdAt: Date;
}

/**
 * Demo members. Unlike the catalogue, people's own data is inserted only when
 * missing: a re-run must not reset a demo member's bio or password, or undo
 * what someone did on the demo site since. Returns user ids by handle.
 */
export async function writeUsers(tx: Transaction, passwordHash: string, now: Date): Promise<Map<string, string>> {
  await tx
    .insert(userRows)
    .values(
      users.map((user) => ({
        handle: user.handle,
        email: `${user.handle}@example.com`,
        name: user.displayName,
        displayName: user.displayName,
        bio: user.bio,
        role: user.role ?? 'member',
        passwordHash,
        // Their example.com addresses receive nothing: demo members count as verified.
        emailVerified: daysBefore(now, user.joinedDaysAgo),
        createdAt: daysBefore(now, user.joinedDaysAgo),
      })),
    )
    // No target: a clash on the handle or on the email both mean "already seeded".
    .onConflictDoNothing();

  const handles = users.map((user) => user.handle);
  const rows = await tx
    .select({ id: userRows.id, handle: userRows.handle })
    .from(userRows)
    .where(inArray(userRows.handle, handles));
  const userIds = new Map(rows.map((row) => [row.handle, row.id]));
  for (const handle of handles) required(userIds, handle, 'demo member (its email may belong to another handle)');
  return userIds;
}

/**
 * Reviews, inserted only when the author has none for that film (the
 * (film, author) unique key). Returns every seeded review by its data key,
 * whether it was written now or on an earlier run.
 */
export async function writeReviews(
  tx: Transaction,
  filmIds: ReadonlyMap<string, number>,
  userIds: ReadonlyMap<string, string>,
  now: Date,
  searchText: (body: string) => string,
): Promise<Map<string, SeededReview>> {
  const planned = reviews.map((review) => ({
    key: review.key,
    values: {
      filmId: required(filmIds, review.film, 'film'),
      authorId: required(userIds, review.author, 'member'),
      title: review.title,
      body: review.body,
      searchText: searchText(review.body),
      rating: review.rating,
      containsSpoilers: review.containsSpoilers ?? false,
      createdAt: daysBefore(now, review.daysAgo),
    },
  }));
  await tx
    .insert(reviewRows)
    .values(planned.map((plan) => plan.values))
    .onConflictDoNothing({ target: [reviewRows.filmId, reviewRows.authorId] });

  const rows = await tx
    .select({
      id: reviewRows.id,
      filmId: reviewRows.filmId,
      authorId: reviewRows.authorId,
      createdAt: reviewRows.createdAt,
    })
    .from(reviewRows)
    .where(inArray(reviewRows.authorId, [...userIds.values()]));
  const byFilmAndAuthor = new Map(rows.map((row) => [`${row.filmId}:${row.authorId}`, row]));

  const seeded = new Map<string, SeededReview>();
  for (const { key, values } of planned) {
    const row = required(byFilmAndAuthor, `${values.filmId}:${values.authorId}`, 'review');
    seeded.set(key, { id: row.id, authorId: values.authorId, createdAt: row.createdAt });
  }
  return seeded;
}
