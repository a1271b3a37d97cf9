import { randomBytes } from 'node:crypto';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { countUpvotesAdded } from '@/db/counters';
import { films, reviews, users, type NewFilm, type NewReview, type NewUser } from '@/db/schema';
import { searchableText } from '@/lib/markdown/search-text';

/** A short unique suffix so every test's rows stay its own. */
export const unique = () => randomBytes(4).toString('hex');

export async function createUser(overrides: Partial<NewUser> = {}) {
  const id = unique();
  const [user] = await db
    .insert(users)
    .values({ handle: `member-${id}`, displayName: `Member ${id}`, email: `member-${id}@example.com`, ...overrides })
    .returning();
  return user!;
}

export async function createFilm(overrides: Partial<NewFilm> = {}) {
  const id = unique();
  const [film] = await db
    .insert(films)
    .values({ slug: `film-${id}`, title: `Film ${id}`, year: 2001, country: 'KR', language: 'ko', ...overrides })
    .returning();
  return film!;
}

/** A review as saveReview would write it: its search text derived from the body unless given. */
export async function createReview(overrides: Partial<NewReview> & Pick<NewReview, 'filmId' | 'authorId'>) {
  const values = { title: 'A verdict', body: 'A considered review body. '.repeat(30), rating: 7, ...overrides };
  const [review] = await db
    .insert(reviews)
    .values({ searchText: searchableText(values.body), ...values })
    .returning();
  return review!;
}

/**
 * Gives a review `count` upvotes from fresh members: real vote rows and the
 * counter moved with them, so the counter invariant holds for test data too.
 */
export async function upvoteReview(reviewId: number, count: number) {
  if (count === 0) return;
  const prefix = unique();
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      with voters as (
        insert into users (handle, display_name, email)
        select 'voter-' || ${prefix} || '-' || n, 'Voter ' || n, 'voter-' || ${prefix} || '-' || n || '@example.com'
          from generate_series(1, ${count}) as n
        returning id
      )
      insert into review_votes (user_id, review_id) select id, ${reviewId} from voters`);
    await countUpvotesAdded(tx, 'review', reviewId, count);
  });
}
