import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { closeDatabase, createDatabase, db, type Executor } from '@/db';
import { reviews } from '@/db/schema';
import { seedLargeDataset } from '@/db/seed-large';
import type { LargeSeedSize } from '@/db/seed-large.sql';
import { backfillBadges } from '@/lib/badges/mutations';
import { deleteComment, postComment } from '@/lib/comments/mutations';
import { setFollowing } from '@/lib/follows/mutations';
import { searchableText } from '@/lib/markdown/search-text';
import { hotScoreSql } from '@/lib/reviews/ranking';
import { setUpvote, UPVOTE_MILESTONES } from '@/lib/votes/mutations';

import { counterMismatches } from '../support/invariants';
import { provisionTestDatabase, type TestDatabase } from '../support/test-database';

/** The large seed's shapes at a size a test can afford; votes enough that reviews pass the first milestone. */
const SIZE: LargeSeedSize = {
  members: 300,
  films: 60,
  reviews: 2_000,
  votes: 30_000,
  comments: 3_000,
  bigThread: 400,
  bigFilmReviews: 100,
  follows: 20,
};

const grantBadges = async (tx: Parameters<typeof backfillBadges>[0]) =>
  Object.values(await backfillBadges(tx)).reduce((sum, count) => sum + count, 0);

/**
 * The seed fixes its own ids (member-1, film 1, review 1), so it needs an
 * empty database: it gets its own, and for this file the one client (`db`,
 * and with it every lib function and invariant checker) points there. The
 * shared test database is never touched.
 */
async function useDatabase(url: string | undefined) {
  await closeDatabase();
  process.env.DATABASE_URL = url;
}

/** Every index and constraint of the schema, by name and definition. */
async function schemaShape(executor: Executor) {
  return executor.execute<{ name: string; definition: string }>(sql`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i join pg_class t on t.oid = i.indrelid where t.relnamespace = 'public'::regnamespace
    union all
    select conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
      from pg_constraint where connamespace = 'public'::regnamespace
     order by 1, 2`);
}

/**
 * A digest of every table the seed fills. Badges are granted as of now, so
 * their grant time is left out, and so is the anniversary badge, which a
 * member can cross between two runs.
 */
async function fingerprint(executor: Executor) {
  const [row] = await executor.execute<Record<string, string>>(sql`
    select
      (select md5(string_agg(t::text, '|' order by t.id)) from users t) as users,
      (select md5(string_agg(t::text, '|' order by t.id)) from films t) as films,
      (select md5(string_agg(t::text, '|' order by t.id)) from reviews t) as reviews,
      (select md5(string_agg(t::text, '|' order by t.user_id, t.review_id)) from review_votes t) as review_votes,
      (select md5(string_agg(t::text, '|' order by t.id)) from comments t) as comments,
      (select md5(string_agg(t::text, '|' order by t.follower_id, t.followed_id)) from follows t) as follows,
      (select md5(string_agg(t::text, '|' order by t.id)) from notifications t) as notifications,
      (select md5(string_agg((t.user_id, t.badge_key, t.tier)::text, '|' order by t.user_id, t.badge_key, t.tier))
         from user_badges t where t.badge_key <> 'anniversary') as badges`);
  return row;
}

async function one<T extends Record<string, unknown>>(query: SQL) {
  const [row] = await db.execute<T>(query);
  return row!;
}

/** Rows in one query's result and not the other's, both ways: [] when the two sets agree. */
async function difference(actual: SQL, expected: SQL) {
  return db.execute(sql`
    (select 'unexpected' as side, * from ((${actual}) except all (${expected})) extra)
    union all
    (select 'missing', * from ((${expected}) except all (${actual})) lacking)
    limit 5`);
}

let seeded: TestDatabase;
let schemaBefore: Awaited<ReturnType<typeof schemaShape>>;
const sharedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  seeded = await provisionTestDatabase('seed_large');
  await useDatabase(seeded.url);
  schemaBefore = await schemaShape(db);
  await seedLargeDataset(db, { size: SIZE, grantBadges, searchText: searchableText, upvoteMilestones: UPVOTE_MILESTONES });
}, 120_000);

afterAll(async () => {
  await useDatabase(sharedUrl);
  await seeded?.dispose();
});

describe('the large seed, at a small size', () => {
  it('makes the rows asked for', async () => {
    const counts = await one<Record<string, number>>(sql`
      select (select count(*)::int from users) as members,
             (select count(*)::int from films) as films,
             (select count(*)::int from reviews) as reviews,
             (select count(*)::int from review_votes) as votes,
             (select count(*)::int from comments) as comments,
             (select count(*)::int from comments where review_id = 1) as big_thread,
             (select count(*)::int from follows) as follows,
             (select count(distinct follower_id)::int from follows) as followers`);
    expect(counts).toMatchObject({
      members: SIZE.members,
      films: SIZE.films,
      reviews: SIZE.reviews,
      comments: SIZE.comments,
      big_thread: SIZE.bigThread,
      followers: SIZE.members,
      // Each member follows `follows` others; the four critics follow each other but not themselves.
      follows: SIZE.members * SIZE.follows - 4,
    });
    // Self-votes are left out of the plan, and only those.
    expect(counts.votes).toBeLessThan(SIZE.votes);
    expect(counts.votes).toBeGreaterThan(SIZE.votes * 0.95);
  });

  it('makes film 1 the biggest film page, with a remake family across ten countries', async () => {
    const films = await db.execute<{ film_id: number; reviews: number }>(sql`
      select film_id, count(*)::int as reviews from reviews group by film_id order by reviews desc, film_id limit 2`);
    expect(films[0]).toEqual({ film_id: 1, reviews: SIZE.bigFilmReviews });
    expect(films[1]!.reviews).toBeLessThan(SIZE.bigFilmReviews);
    const family = await one<{ versions: number; countries: number }>(sql`
      select count(*)::int as versions, count(distinct country)::int as countries from films where id = 1 or version_of_id = 1`);
    expect(family).toEqual({ versions: 10, countries: 10 });
    const remakesOfRemakes = await db.execute(sql`
      select 1 from films f join films original on original.id = f.version_of_id where original.version_of_id is not null`);
    expect(remakesOfRemakes).toEqual([]);
  });

  it('leaves every counter equal to the rows it counts, and every hot score equal to the formula', async () => {
    expect(await counterMismatches()).toEqual([]);
    const wrongScores = await db.execute(sql`
      select id from reviews where hot_score <> ${hotScoreSql(reviews.upvoteCount, reviews.createdAt)}`);
    expect(wrongScores).toEqual([]);
    const voted = await one<{ reviews: number }>(sql`select count(*)::int as reviews from reviews where upvote_count > 0`);
    expect(voted.reviews).toBeGreaterThan(SIZE.reviews / 2);
  });

  it('shapes every thread by its paths, the big one reaching depth 30 and no further', async () => {
    const badPaths = await db.execute(sql`
      select c.id from comments c left join comments parent on parent.id = c.parent_id
       where c.depth <> nlevel(c.path) - 1
          or (c.parent_id is null and c.path <> c.id::text::ltree)
          or (c.parent_id is not null and (parent.review_id <> c.review_id or c.path <> parent.path || c.id::text))`);
    expect(badPaths).toEqual([]);
    const thread = await one<{ deepest: number; roots: number }>(sql`
      select max(depth)::int as deepest, count(*) filter (where depth = 0)::int as roots from comments where review_id = 1`);
    expect(thread.deepest).toBe(30);
    expect(thread.roots).toBeGreaterThan(1);
    const repliesBeforeParents = await db.execute(sql`
      select 1 from comments c join comments parent on parent.id = c.parent_id where c.created_at <= parent.created_at`);
    expect(repliesBeforeParents).toEqual([]);
  });

  it('has no self-votes, no self-follows, and no vote before its review', async () => {
    const wrong = await db.execute(sql`
      select 'self-vote' from review_votes v join reviews r on r.id = v.review_id where v.user_id = r.author_id
      union all
      select 'early vote' from review_votes v join reviews r on r.id = v.review_id where v.created_at <= r.created_at
      union all
      select 'self-follow' from follows where follower_id = followed_id`);
    expect(wrong).toEqual([]);
  });

  it('holds the notices the live paths would have written, and no others', async () => {
    // Replies (lib/comments/notify.ts): to the author of what was answered, the review's for a top-level comment.
    expect(
      await difference(
        sql`select recipient_id, actor_id, review_id, comment_id, payload, created_at from notifications where kind = 'reply'`,
        sql`select coalesce(parent.author_id, r.author_id), c.author_id, c.review_id, c.id, '{}'::jsonb, c.created_at
              from comments c join reviews r on r.id = c.review_id left join comments parent on parent.id = c.parent_id
             where coalesce(parent.author_id, r.author_id) <> c.author_id`,
      ),
    ).toEqual([]);
    // Follows (lib/follows/mutations.ts): one per follow, to the followed member.
    expect(
      await difference(
        sql`select recipient_id, actor_id, review_id, comment_id, payload, created_at from notifications where kind = 'follow'`,
        sql`select followed_id, follower_id, null::int, null::int, '{}'::jsonb, created_at from follows`,
      ),
    ).toEqual([]);
    // Milestones (lib/votes/mutations.ts): once per review and milestone reached, when the vote reaching it landed.
    expect(
      await difference(
        sql`select recipient_id, actor_id, review_id, comment_id, payload, created_at from notifications where kind = 'milestone'`,
        sql`select r.author_id, null::uuid, r.id, null::int, jsonb_build_object('upvotes', m.upvotes), vote.created_at
              from reviews r
              cross join unnest(${sql.raw(`array[${UPVOTE_MILESTONES.join(',')}]`)}::int[]) as m (upvotes)
              join lateral (select created_at from review_votes v where v.review_id = r.id
                             order by created_at, user_id offset m.upvotes - 1 limit 1) vote on true`,
      ),
    ).toEqual([]);

    const kinds = await db.execute<{ kind: string; n: number }>(sql`
      select kind, count(*)::int as n from notifications group by kind order by kind`);
    // The badges come from the backfill, which sends no notices; nothing mentions anyone.
    expect(kinds.map((row) => row.kind)).toEqual(['reply', 'milestone', 'follow']);
    expect(kinds.every((row) => row.n > 0)).toBe(true);
    expect(await db.execute(sql`select 1 from notifications where recipient_id = actor_id or read_at is not null`)).toEqual([]);
  });

  it('puts back every index and constraint it set aside while loading', async () => {
    expect(await schemaShape(db)).toEqual(schemaBefore);
  });

  it('grants every badge the data earned: a second backfill grants none', async () => {
    const held = await one<{ n: number }>(sql`select count(*)::int as n from user_badges`);
    expect(held.n).toBeGreaterThan(SIZE.members);
    expect(await db.transaction(grantBadges)).toBe(0);
  });

  it('makes the same data every run', async () => {
    const again = await provisionTestDatabase('seed_large_again');
    const other = createDatabase(again.url, { max: 1 });
    try {
      await seedLargeDataset(other.db, {
        size: SIZE,
        grantBadges,
        searchText: searchableText,
        upvoteMilestones: UPVOTE_MILESTONES,
      });
      expect(await fingerprint(other.db)).toEqual(await fingerprint(db));
    } finally {
      await other.close();
      await again.dispose();
    }
  }, 120_000);
});

describe('the large seed against the live paths', () => {
  /** Removes a seeded notice and returns what it said, but when it was sent. */
  async function takeNotice(where: SQL) {
    const [notice] = await db.execute(sql`
      delete from notifications where id = (select id from notifications where ${where} order by id limit 1)
      returning recipient_id, kind, actor_id, review_id, comment_id, payload, read_at`);
    return notice;
  }
  const latestNotice = (kind: string) =>
    one(sql`
      select recipient_id, kind, actor_id, review_id, comment_id, payload, read_at
        from notifications where kind = ${kind} order by id desc limit 1`);

  it('a follow made again through setFollowing sends the notice the seed wrote for it', async () => {
    const follow = await one<{ follower_id: string; followed_id: string; handle: string }>(sql`
      select f.follower_id, f.followed_id, u.handle from follows f join users u on u.id = f.followed_id
       order by f.created_at desc limit 1`);
    const seededNotice = await takeNotice(
      sql`kind = 'follow' and actor_id = ${follow.follower_id} and recipient_id = ${follow.followed_id}`,
    );
    await db.execute(sql`delete from follows where follower_id = ${follow.follower_id} and followed_id = ${follow.followed_id}`);
    await setFollowing({ actor: { id: follow.follower_id }, handle: follow.handle, following: true });
    expect(await latestNotice('follow')).toEqual(seededNotice);
  });

  it('the upvote reaching a milestone, cast again through setUpvote, sends the notice the seed wrote for it', async () => {
    const milestone = UPVOTE_MILESTONES[0];
    const review = await one<{ id: number; voters: string[] }>(sql`
      select r.id, array(select user_id::text from review_votes where review_id = r.id order by created_at, user_id) as voters
        from reviews r where r.upvote_count >= ${milestone} order by r.id limit 1`);
    const cast = (voter: string, upvoted: boolean) =>
      setUpvote({ actor: { id: voter }, target: 'review', targetId: review.id, upvoted });
    // Back to one short of the milestone, withdrawing the latest upvotes first.
    const later = review.voters.slice(milestone - 1);
    for (const voter of later.toReversed()) await cast(voter, false);
    const seededNotice = await takeNotice(sql`kind = 'milestone' and review_id = ${review.id}`);
    expect(await cast(later[0]!, true)).toMatchObject({ ok: true, upvoteCount: milestone });
    expect(await latestNotice('milestone')).toEqual(seededNotice);
  });

  it('a reply posted again through postComment sends the notice the seed wrote for it', async () => {
    const reply = await one<{ id: number; review_id: number; parent_id: number; author_id: string; body: string }>(sql`
      select c.id, c.review_id, c.parent_id, c.author_id, c.body from comments c
       where c.depth = 4 and not exists (select 1 from comments child where child.parent_id = c.id)
       order by c.id limit 1`);
    const seededNotice = await takeNotice(sql`kind = 'reply' and comment_id = ${reply.id}`);
    expect(await deleteComment({ id: reply.author_id }, reply.id)).toMatchObject({ ok: true, outcome: 'removed' });
    const posted = await postComment(
      { id: reply.author_id },
      { reviewId: reply.review_id, parentId: reply.parent_id, body: reply.body },
    );
    if (!posted.ok) throw new Error(`not posted: ${posted.reason}`);
    expect(await latestNotice('reply')).toEqual({ ...seededNotice, comment_id: posted.comment.id });
    expect(await counterMismatches()).toEqual([]);
  });
});
