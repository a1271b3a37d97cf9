import 'server-only';

import { and, eq } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviews, users } from '@/db/schema';

/** What a film's Open Graph image shows. */
export async function getFilmImageData(slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const [film] = await db
    .select({
      title: films.title,
      originalTitle: films.originalTitle,
      year: films.year,
      country: films.country,
      posterPath: films.posterPath,
    })
    .from(films)
    .where(eq(films.slug, slug))
    .limit(1);
  return film ?? null;
}

/** What a review's Open Graph image shows: never its body. */
export async function getReviewImageData(id: number) {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [review] = await db
    .select({
      title: reviews.title,
      rating: reviews.rating,
      containsSpoilers: reviews.containsSpoilers,
      authorName: users.displayName,
      authorHandle: users.handle,
      film: { title: films.title, year: films.year, posterPath: films.posterPath },
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, id), eq(reviews.status, 'published')))
    .limit(1);
  return review ?? null;
}
