import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { excerpt } from '@/lib/markdown/excerpt';
import { memoizeText } from '@/lib/markdown/memo';

export interface RecentComment {
  id: number;
  reviewId: number;
  reviewTitle: string;
  filmTitle: string;
  /** Plain text, spoilers removed. */
  excerpt: string;
  createdAt: Date;
}

// A profile shows the same comments to every visitor: each text is parsed once per process.
const commentExcerpt = memoizeText((body) => excerpt(body, { maxLength: 180 }));

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
  return rows.map((row) => ({
    id: row.id,
    reviewId: row.review_id,
    reviewTitle: row.review_title,
    filmTitle: row.film_title,
    excerpt: commentExcerpt(row.body_start),
    createdAt: new Date(row.created_at),
  }));
}
