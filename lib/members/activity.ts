import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { userExcerpt } from '@/lib/markdown/rendered';

export interface RecentComment {
  id: number;
  reviewId: number;
  reviewTitle: string;
  filmTitle: string;
  /** Plain text, spoilers removed. */
  excerpt: string;
  createdAt: Date;
}

/** A member's latest visible comments on published reviews, for their profile. */
export async function listRecentComments(memberId: string, limit = 5): Promise<RecentComment[]> {
  const rows = await db.execute<{
    id: number;
    review_id: number;
    review_title: string;
    film_title: string;
    body_start: string;
    created_at: Date;
  }>(sql`
    select c.id, c.review_id, r.title as review_title, f.title as film_title,
           left(c.body, 1000) as body_start, c.created_at
      from comments c
      join reviews r on r.id = c.review_id and r.status = 'published'
      join films f on f.id = r.film_id
     where c.author_id = ${memberId} and c.deleted_at is null
     order by c.created_at desc, c.id desc
     limit ${limit}`);
  // A profile shows the same comments to every visitor: the worker's memo parses each text once per process.
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      reviewId: row.review_id,
      reviewTitle: row.review_title,
      filmTitle: row.film_title,
      excerpt: await userExcerpt(row.body_start, { maxLength: 180 }),
      createdAt: new Date(row.created_at),
    })),
  );
}
