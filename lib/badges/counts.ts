import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import type { Executor } from '@/db';

import type { BadgeCount } from './ladders';

/**
 * How each badge count is read, as SQL over one member (`member` is a uuid
 * expression). The live grants (lib/badges/mutations.ts) and the backfill
 * (scripts/badges-backfill.ts) both read counts through these, which is what
 * makes them agree. Words are counted the way PostgreSQL splits whitespace.
 */
export const REVIEW_WORDS = (body: SQL) => sql`coalesce(array_length(regexp_split_to_array(btrim(${body}), '\\s+'), 1), 0)`;
export const LONG_READ_WORDS = 1000;
/**
 * A body of that many words has at least one character per word and one
 * space between each: shorter bodies are ruled out before the costly split
 * (a CASE, because PostgreSQL may evaluate an AND's sides in either order).
 */
const LONG_READ_MIN_CHARS = LONG_READ_WORDS * 2 - 1;
const IS_LONG_READ = (body: SQL) =>
  sql`(case when char_length(${body}) >= ${LONG_READ_MIN_CHARS} then ${REVIEW_WORDS(body)} >= ${LONG_READ_WORDS} else false end)`;
export const LONG_READ_UPVOTES = 10;

export const COUNT_SQL: Record<BadgeCount, (member: SQL) => SQL> = {
  'upvotes-received': (m) => sql`(select upvotes_received from users where id = ${m})`,
  'upvotes-given': (m) =>
    sql`((select count(*) from review_votes where user_id = ${m}) + (select count(*) from comment_votes where user_id = ${m}))`,
  'reviews-published': (m) => sql`(select count(*) from reviews where author_id = ${m} and status = 'published')`,
  'comments-posted': (m) => sql`(select count(*) from comments where author_id = ${m} and deleted_at is null)`,
  'replies-received': (m) => sql`(
    select count(*) from comments c
      left join comments parent on parent.id = c.parent_id
      left join reviews r on r.id = c.review_id and c.parent_id is null
     where c.deleted_at is null and c.author_id <> ${m}
       and (parent.author_id = ${m} or r.author_id = ${m}))`,
  'first-verdicts': (m) => sql`(
    select count(*) from reviews r
     where r.author_id = ${m} and r.status = 'published'
       and not exists (select 1 from reviews earlier where earlier.film_id = r.film_id
                        and (earlier.created_at, earlier.id) < (r.created_at, r.id)))`,
  'long-reads': (m) => sql`(
    select count(*) from reviews r
     where r.author_id = ${m} and r.status = 'published' and r.upvote_count >= ${LONG_READ_UPVOTES}
       and ${IS_LONG_READ(sql`r.body`)})`,
  'remake-families': (m) => sql`(
    select count(*) from (
      select coalesce(f.version_of_id, f.id) from reviews r join films f on f.id = r.film_id
       where r.author_id = ${m} and r.status = 'published'
       group by coalesce(f.version_of_id, f.id) having count(*) >= 2) families)`,
  'countries-reviewed': (m) => sql`(
    select count(distinct f.country) from reviews r join films f on f.id = r.film_id
     where r.author_id = ${m} and r.status = 'published')`,
  'years-member': (m) => sql`(select extract(year from age(now(), created_at))::int from users where id = ${m})`,
};

/**
 * The same counts for every member at once, as rows of (member_id, n) with
 * n > 0, for the backfill: set-based, so it reads each table once instead of
 * once per member. Each must agree with its per-member twin above; the
 * backfill test checks they do on a generated dataset.
 */
export const ALL_MEMBERS_COUNT_SQL: Record<BadgeCount, SQL> = {
  'upvotes-received': sql`select id as member_id, upvotes_received as n from users`,
  'upvotes-given': sql`
    select user_id as member_id, count(*) as n
      from (select user_id from review_votes union all select user_id from comment_votes) v group by user_id`,
  'reviews-published': sql`select author_id as member_id, count(*) as n from reviews where status = 'published' group by author_id`,
  'comments-posted': sql`
    select author_id as member_id, count(*) as n from comments
     where deleted_at is null and author_id is not null group by author_id`,
  'replies-received': sql`
    select coalesce(parent.author_id, r.author_id) as member_id, count(*) as n
      from comments c
      left join comments parent on parent.id = c.parent_id
      left join reviews r on r.id = c.review_id and c.parent_id is null
     where c.deleted_at is null and c.author_id <> coalesce(parent.author_id, r.author_id)
     group by 1`,
  'first-verdicts': sql`
    select author_id as member_id, count(*) as n
      from (select distinct on (film_id) author_id, status from reviews order by film_id, created_at, id) firsts
     where status = 'published' group by author_id`,
  'long-reads': sql`
    select author_id as member_id, count(*) as n from reviews r
     where status = 'published' and upvote_count >= ${LONG_READ_UPVOTES} and ${IS_LONG_READ(sql`r.body`)}
     group by author_id`,
  'remake-families': sql`
    select author_id as member_id, count(*) as n from (
      select r.author_id from reviews r join films f on f.id = r.film_id
       where r.status = 'published'
       group by r.author_id, coalesce(f.version_of_id, f.id) having count(*) >= 2) families
     group by author_id`,
  'countries-reviewed': sql`
    select r.author_id as member_id, count(distinct f.country) as n
      from reviews r join films f on f.id = r.film_id where r.status = 'published' group by r.author_id`,
  'years-member': sql`select id as member_id, extract(year from age(now(), created_at)) as n from users`,
};

/** The member's counts for these badges, read in one statement. */
export async function readCounts(
  executor: Executor,
  memberId: string,
  counts: BadgeCount[],
): Promise<Partial<Record<BadgeCount, number>>> {
  if (counts.length === 0) return {};
  const member = sql`${memberId}::uuid`;
  const columns = sql.join(
    counts.map((count) => sql`${COUNT_SQL[count](member)}::int as ${sql.identifier(count)}`),
    sql`, `,
  );
  const [row] = await executor.execute<Record<string, number>>(sql`select ${columns}`);
  return Object.fromEntries(counts.map((count) => [count, Number(row?.[count] ?? 0)]));
}
