/**
 * What the benchmarks measure, chosen from the data so every run picks the
 * same pages: the biggest film, the busiest thread, the most prolific
 * member, and the review on top of Trending as the one everyone upvotes.
 */
import { sql } from 'drizzle-orm';

import type { Database } from '../../db/index';

/** `npm run seed:large` makes 50,000 members; fewer means some other dataset. */
export const LARGE_DATASET_MEMBERS = 50_000;

/** Members the benchmarks did not create themselves. */
const NOT_BENCH = sql`handle not like 'bench-%'`;

export class DatasetMissing extends Error {}

export async function assertLargeDataset(db: Database): Promise<void> {
  const [row] = await db.execute<{ members: number }>(sql`select count(*)::int as members from users where ${NOT_BENCH}`);
  const members = row?.members ?? 0;
  if (members < LARGE_DATASET_MEMBERS) {
    throw new DatasetMissing(
      `This database has ${members.toLocaleString('en')} members, not the large dataset (${LARGE_DATASET_MEMBERS.toLocaleString('en')}).\n` +
        'Load it first with `npm run seed:large` (add `-- --reset` to empty a database that has members), then run the benchmark again.',
    );
  }
}

export type DatasetCounts = {
  members: number;
  films: number;
  reviews: number;
  reviewUpvotes: number;
  comments: number;
  commentUpvotes: number;
};

export async function datasetCounts(db: Database): Promise<DatasetCounts> {
  const [row] = await db.execute<DatasetCounts>(sql`
    select (select count(*) from users where ${NOT_BENCH})::int as "members",
           (select count(*) from films)::int as "films",
           (select count(*) from reviews)::int as "reviews",
           (select count(*) from review_votes)::int as "reviewUpvotes",
           (select count(*) from comments)::int as "comments",
           (select count(*) from comment_votes)::int as "commentUpvotes"`);
  return row!;
}

export type HotReview = {
  id: number;
  title: string;
  authorId: string;
};

/**
 * The review on top of Trending (the feed's order: hot score, then id),
 * leaving out `except`: where a real crowd's upvotes land at once.
 */
export async function hotReview(db: Database, except?: number): Promise<HotReview> {
  const [row] = await db.execute<HotReview>(sql`
    select id, title, author_id as "authorId" from reviews
     where status = 'published' and id <> ${except ?? 0}
     order by hot_score desc, id desc limit 1`);
  if (!row) throw new Error('There is no published review to vote on');
  return row;
}

export interface BenchPages {
  /** The film with the most published reviews. */
  film: { slug: string; reviews: number };
  /** The review with the most comments: the thread the review page pages through. */
  thread: { id: number; comments: number };
  /** The active member with the most published reviews. */
  profile: { handle: string; reviews: number };
}

export async function benchPages(db: Database): Promise<BenchPages> {
  const [film] = await db.execute<{ slug: string; reviews: number }>(sql`
    select f.slug, count(*)::int as reviews from reviews r join films f on f.id = r.film_id
     where r.status = 'published' group by f.id order by count(*) desc, f.id limit 1`);
  const [thread] = await db.execute<{ id: number; comments: number }>(sql`
    select id, comment_count as comments from reviews where status = 'published' order by comment_count desc, id limit 1`);
  const [profile] = await db.execute<{ handle: string; reviews: number }>(sql`
    select u.handle, count(*)::int as reviews from reviews r join users u on u.id = r.author_id
     where r.status = 'published' and u.banned_at is null and u.deleted_at is null
     group by u.id order by count(*) desc, u.created_at, u.id limit 1`);
  if (!film || !thread || !profile) throw new Error('The database has no published reviews to measure');
  return { film, thread, profile };
}
