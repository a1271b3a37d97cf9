import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { seed } from '@/db/seed';
import { hashPassword } from '@/lib/auth/password';
import { searchableText } from '@/lib/markdown/search-text';

import { counterMismatches } from '../support/invariants';

/** A fingerprint of every seeded table's contents, to prove a re-run changes nothing. */
async function fingerprint() {
  const [row] = await db.execute<Record<string, string>>(sql`
    select
      (select md5(string_agg(t::text, '|' order by t.id)) from films t) as films,
      (select md5(string_agg(t::text, '|' order by t.id)) from people t) as people,
      (select md5(string_agg(t::text, '|' order by t.id)) from credits t) as credits,
      (select md5(string_agg(t::text, '|' order by t.id)) from watch_providers t) as providers,
      (select md5(string_agg(t::text, '|' order by t.id)) from users t) as users,
      (select md5(string_agg(t::text, '|' order by t.id)) from reviews t) as reviews,
      (select md5(string_agg(t::text, '|' order by t.id)) from review_revisions t) as revisions,
      (select md5(string_agg(t::text, '|' order by t.id)) from comments t) as comments,
      (select md5(string_agg(t::text, '|' order by t.user_id, t.review_id)) from review_votes t) as review_votes,
      (select md5(string_agg(t::text, '|' order by t.user_id, t.comment_id)) from comment_votes t) as comment_votes`);
  return row;
}

describe('seed', () => {
  it('is idempotent: a second run adds and changes nothing', async () => {
    const first = await seed(db, { searchText: searchableText, hashPassword });
    const before = await fingerprint();
    const second = await seed(db, { searchText: searchableText, hashPassword });
    expect(second).toEqual(first);
    expect(await fingerprint()).toEqual(before);
  });

  it('meets the demo content brief', async () => {
    const [counts] = await db.execute<Record<string, number>>(sql`
      select
        (select count(*)::int from films) as films,
        (select count(*)::int from users where email like '%@example.com') as members,
        (select count(*)::int from reviews) as reviews,
        (select count(*)::int from reviews where contains_spoilers) as spoiler_reviews,
        (select max(depth)::int from comments) as deepest_reply,
        (select count(*)::int from review_votes) as votes,
        (select count(*)::int from films where version_of_id = (select id from films where slug = 'miracle-in-cell-no-7')) as versions`);
    expect(counts!.films).toBeGreaterThanOrEqual(12);
    expect(counts!.members).toBeGreaterThanOrEqual(8);
    expect(counts!.reviews).toBeGreaterThanOrEqual(25);
    expect(counts!.spoiler_reviews).toBeGreaterThanOrEqual(1);
    expect(counts!.deepest_reply).toBeGreaterThanOrEqual(3);
    expect(counts!.votes).toBeGreaterThan(0);
    expect(counts!.versions).toBe(3);
  });

  it('leaves every counter equal to the rows it counts, and no self-votes', async () => {
    expect(await counterMismatches()).toEqual([]);
    const selfVotes = await db.execute(sql`
      select 1 from review_votes v join reviews r on r.id = v.review_id where v.user_id = r.author_id
      union all
      select 1 from comment_votes v join comments c on c.id = v.comment_id where v.user_id = c.author_id`);
    expect(selfVotes).toHaveLength(0);
  });

  it('gives every demo poster a file in public/', async () => {
    const { existsSync } = await import('node:fs');
    // Films made by other tests' factories have no poster; every seeded one does.
    const posters = await db.execute<{ poster_path: string }>(sql`select poster_path from films where poster_path is not null`);
    expect(posters.length).toBeGreaterThanOrEqual(12);
    for (const { poster_path } of posters) {
      expect(poster_path).toMatch(/^\/posters\/[a-z0-9-]+\.svg$/);
      expect(existsSync(`public${poster_path}`), poster_path).toBe(true);
    }
  });
});
