/**
 * The pages `npm run bench:lighthouse` audits, chosen from the database it
 * runs against: the feed, the busiest film page, and two review pages — the
 * one with the longest thread and a typical one.
 */
import { sql } from 'drizzle-orm';

import { createDatabase, type Database } from '../../db/index';

export interface AuditedPage {
  /** A short name for the table and the result files. */
  key: string;
  /** Why this page was chosen, in a few words. */
  label: string;
  path: string;
}

export interface Dataset {
  members: number;
  films: number;
  reviews: number;
  comments: number;
}

export interface PageChoice {
  dataset: Dataset;
  /** Empty when the database has no published review to show. */
  pages: AuditedPage[];
}

/** PostgreSQL's "undefined_table": a database that was never migrated has no Verdict tables. */
const UNDEFINED_TABLE = '42P01';
const NOTHING: Dataset = { members: 0, films: 0, reviews: 0, comments: 0 };

/** Drizzle wraps the driver's error; the SQLSTATE is on its cause. */
const sqlState = (error: unknown) => ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code;

async function countDataset(db: Database): Promise<Dataset> {
  const [row] = await db.execute<{ members: number; films: number; reviews: number; comments: number }>(sql`
    select (select count(*) from users)::int as members,
           (select count(*) from films)::int as films,
           (select count(*) from reviews where status = 'published')::int as reviews,
           (select count(*) from comments)::int as comments`);
  return row!;
}

/** The film with the most published reviews: the longest film page. */
async function busiestFilm(db: Database) {
  const [row] = await db.execute<{ slug: string; reviews: number }>(sql`
    select f.slug, count(*)::int as reviews
      from films f join reviews r on r.film_id = f.id and r.status = 'published'
     group by f.id order by count(*) desc, f.id limit 1`);
  return row!;
}

/** The published review with the most comments: the heaviest review page. */
async function mostDiscussedReview(db: Database) {
  const [row] = await db.execute<{ id: number; comments: number }>(sql`
    select id, comment_count as comments from reviews
     where status = 'published' order by comment_count desc, id limit 1`);
  return row!;
}

/**
 * A typical review: one with the median number of comments and, among those,
 * the upvote count closest to the median — what most readers land on.
 */
async function typicalReview(db: Database) {
  const [row] = await db.execute<{ id: number; comments: number }>(sql`
    with median as (
      select percentile_disc(0.5) within group (order by comment_count) as comments,
             percentile_disc(0.5) within group (order by upvote_count) as upvotes
        from reviews where status = 'published')
    select r.id, r.comment_count as comments
      from reviews r, median m
     where r.status = 'published' and r.comment_count = m.comments
     order by abs(r.upvote_count - m.upvotes), r.id limit 1`);
  return row!;
}

const plural = (count: number, noun: string) => `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

export async function choosePages(databaseUrl: string): Promise<PageChoice> {
  const { db, close } = createDatabase(databaseUrl, { max: 1 });
  try {
    let dataset: Dataset;
    try {
      dataset = await countDataset(db);
    } catch (error) {
      if (sqlState(error) === UNDEFINED_TABLE) return { dataset: NOTHING, pages: [] };
      throw error;
    }
    if (dataset.reviews === 0) return { dataset, pages: [] };

    const film = await busiestFilm(db);
    const discussed = await mostDiscussedReview(db);
    const typical = await typicalReview(db);
    return {
      dataset,
      pages: [
        { key: 'home', label: 'feed', path: '/' },
        { key: 'film', label: `most reviewed, ${plural(film.reviews, 'review')}`, path: `/films/${film.slug}` },
        {
          key: 'review-thread',
          label: `most comments, ${plural(discussed.comments, 'comment')}`,
          path: `/reviews/${discussed.id}`,
        },
        { key: 'review-typical', label: `typical, ${plural(typical.comments, 'comment')}`, path: `/reviews/${typical.id}` },
      ],
    };
  } finally {
    await close();
  }
}
