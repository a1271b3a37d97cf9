import 'server-only';

import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { films, reviews, users } from '@/db/schema';
import { notBanned } from '@/db/bans';

/**
 * What the sitemap lists. Bounded so it stays one file under the protocol's
 * 50,000-URL limit however large Verdict grows: every film (the catalogue is
 * small), the newest published reviews, and the members who have written
 * at least one (an empty profile is not worth a crawler's visit).
 */
export const SITEMAP_REVIEWS = 5_000;
export const SITEMAP_MEMBERS = 5_000;

export interface SitemapPaths {
  films: Array<{ path: string; lastModified: Date }>;
  reviews: Array<{ path: string; lastModified: Date }>;
  members: Array<{ path: string; lastModified: Date }>;
}

export async function listSitemapPaths(): Promise<SitemapPaths> {
  const [filmRows, reviewRows, memberRows] = await Promise.all([
    db.select({ slug: films.slug, createdAt: films.createdAt }).from(films).orderBy(asc(films.title), asc(films.id)),
    db
      .select({
        id: reviews.id,
        lastModified: sql<Date>`coalesce(${reviews.editedAt}, ${reviews.createdAt})`.mapWith(
          (value: string | Date) => new Date(value),
        ),
      })
      .from(reviews)
      .where(eq(reviews.status, 'published'))
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(SITEMAP_REVIEWS),
    db
      .select({
        handle: users.handle,
        lastModified: sql<Date>`max(${reviews.createdAt})`.mapWith((value: string | Date) => new Date(value)),
      })
      .from(users)
      .innerJoin(reviews, and(eq(reviews.authorId, users.id), eq(reviews.status, 'published')))
      .where(and(isNull(users.deletedAt), notBanned()))
      .groupBy(users.id)
      .orderBy(desc(sql`max(${reviews.createdAt})`), asc(users.handle))
      .limit(SITEMAP_MEMBERS),
  ]);
  return {
    films: filmRows.map((film) => ({ path: `/films/${film.slug}`, lastModified: film.createdAt })),
    reviews: reviewRows.map((review) => ({ path: `/reviews/${review.id}`, lastModified: review.lastModified })),
    members: memberRows.map((member) => ({ path: `/u/${member.handle}`, lastModified: member.lastModified })),
  };
}
