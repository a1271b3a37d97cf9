import { expect, type Page } from '@playwright/test';

import { withDatabase } from './database';

/** Who is looking: what a page shows (and whether it exists) depends on it. */
export type Visitor = 'signed out' | 'member' | 'moderator';

const EVERYONE: Visitor[] = ['signed out', 'member', 'moderator'];
const SIGNED_IN: Visitor[] = ['member', 'moderator'];

/** Rows of the seeded database (and of the walk's own member) that the routes point at. */
export interface WalkWorld {
  /** The walking member's handle and their review: a block and inline spoilers, two versions. */
  memberHandle: string;
  memberReviewId: number;
  memberFilmSlug: string;
  /** A film the walking member has not reviewed yet. */
  unreviewedFilmSlug: string;
  /** A remake: a film that is a version of another. */
  remakeSlug: string;
  /** The seeded review with spoilers and the longest comment thread, and a comment in it that has replies. */
  threadReviewId: number;
  threadCommentId: number;
  badgeKey: string;
}

/** One stop of the walk: a page, who may see it, and what a reader opens there. */
export interface Stop {
  name: string;
  path: (world: WalkWorld) => string;
  who: Visitor[];
  /** The page is meant to answer 404 (and show the not-found page). */
  notFound?: boolean;
  /** What the page must show for the check to mean something (results, say). */
  shows?: (page: Page) => Promise<void>;
  /** Opened after the page is checked as it arrives, and checked again. */
  open?: (page: Page) => Promise<void>;
}

/** The walking member's display name: "miracle" finds them, as well as films and reviews. */
export const WALKER_NAME = 'Noor Miracle';

/** Reveals every spoiler on the page: block spoilers open, an inline spoiler focused. */
async function revealSpoilers(page: Page) {
  const closed = page.locator('main details:not([open]) > summary');
  // One at a time: the list shrinks as each opens, and an opened one may hold more.
  for (let opened = 0; opened < 20 && (await closed.count()) > 0; opened += 1) await closed.first().click();
  const inline = page.locator('main .spoiler:not(details)').first();
  if ((await inline.count()) > 0) await inline.focus();
}

/** Opens the first Reply form of a comment thread (a signed-out reader's Reply is a link away). */
async function openReply(page: Page) {
  const reply = page.locator('#comments').getByRole('button', { name: 'Reply' }).first();
  if ((await reply.count()) > 0) await reply.click();
}

/**
 * Every route of DESIGN.md's route table that exists today. A new page is
 * one more line here.
 */
export const ROUTES: Stop[] = [
  { name: 'feed, Trending', path: () => '/?sort=hot', who: EVERYONE },
  { name: 'feed, New', path: () => '/?sort=new', who: EVERYONE },
  { name: 'feed, Top this year', path: () => '/?sort=top&t=year', who: EVERYONE },
  { name: 'feed, Following', path: () => '/?sort=following', who: EVERYONE },
  { name: 'film index', path: () => '/films', who: EVERYONE },
  { name: 'film index, filtered', path: () => '/films?country=KR&versions=1&sort=year', who: EVERYONE },
  { name: 'film page', path: () => '/films/miracle-in-cell-no-7', who: EVERYONE },
  { name: 'film page of a remake', path: (world) => `/films/${world.remakeSlug}`, who: EVERYONE },
  { name: 'new review', path: (world) => `/films/${world.unreviewedFilmSlug}/review`, who: SIGNED_IN },
  { name: 'editing a review', path: (world) => `/films/${world.memberFilmSlug}/review`, who: ['member'] },
  {
    name: 'review with spoilers',
    path: (world) => `/reviews/${world.memberReviewId}`,
    who: EVERYONE,
    open: revealSpoilers,
  },
  {
    name: 'review with a thread and spoilers',
    path: (world) => `/reviews/${world.threadReviewId}`,
    who: EVERYONE,
    open: async (page) => {
      await revealSpoilers(page);
      await openReply(page);
    },
  },
  {
    name: 'comment permalink',
    path: (world) => `/reviews/${world.threadReviewId}/comments/${world.threadCommentId}`,
    who: EVERYONE,
  },
  { name: 'review history', path: (world) => `/reviews/${world.memberReviewId}/history`, who: EVERYONE },
  { name: 'review version', path: (world) => `/reviews/${world.memberReviewId}/history/1`, who: EVERYONE },
  { name: 'deleting a review', path: (world) => `/reviews/${world.memberReviewId}/delete`, who: ['member'] },
  { name: 'profile', path: () => '/u/jiwoo', who: EVERYONE },
  { name: 'own profile', path: (world) => `/u/${world.memberHandle}`, who: ['member'] },
  { name: 'badge board', path: () => '/u/jiwoo/badges', who: EVERYONE },
  { name: 'diary', path: (world) => `/u/${world.memberHandle}/diary`, who: EVERYONE },
  { name: 'watchlist', path: (world) => `/u/${world.memberHandle}/watchlist`, who: EVERYONE },
  { name: 'watchlist by rating', path: () => '/u/jiwoo/watchlist?sort=rating', who: EVERYONE },
  { name: 'badges', path: () => '/badges', who: EVERYONE },
  { name: 'one badge', path: (world) => `/badges/${world.badgeKey}`, who: EVERYONE },
  { name: 'leaderboard', path: () => '/leaderboard', who: EVERYONE },
  {
    name: 'notifications',
    path: () => '/notifications',
    who: ['member'],
    shows: (page) => expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible(),
  },
  {
    name: 'no notifications yet',
    path: () => '/notifications',
    who: ['moderator'],
    shows: (page) => expect(page.getByText('Nothing yet')).toBeVisible(),
  },
  { name: 'settings', path: () => '/settings', who: SIGNED_IN },
  { name: 'sign in', path: () => '/signin', who: ['signed out'] },
  { name: 'sign up', path: () => '/signup', who: ['signed out'] },
  { name: 'forgot password', path: () => '/forgot-password', who: ['signed out'] },
  { name: 'reset password, a forged link', path: () => '/reset-password?token=forged', who: ['signed out'] },
  { name: 'address verified', path: () => '/verify-email/verified', who: EVERYONE },
  { name: 'verification link expired', path: () => '/verify-email/expired', who: EVERYONE },
  { name: 'unsubscribe, a forged link', path: () => '/unsubscribe?token=forged', who: ['signed out'] },
  {
    name: 'search with results in every group',
    path: () => '/search?q=miracle',
    who: EVERYONE,
    shows: async (page) => {
      for (const group of ['Films', 'Reviews', 'People']) {
        await expect(
          page
            .getByRole('region', { name: new RegExp(`^${group}`) })
            .getByRole('link')
            .first(),
        ).toBeVisible();
      }
    },
  },
  { name: 'search with no results', path: () => '/search?q=zzqx+nothing+matches', who: EVERYONE },
  { name: 'a missing page', path: () => '/films/no-such-film', who: EVERYONE, notFound: true },
];

const SPOILER_BODY = [
  'A quiet film about a father and a daughter, told with more patience than its premise suggests. '.repeat(6),
  '',
  'What stays with me:',
  '',
  '- the prison cell, painted in children’s colours',
  '- the balloon, and >!who is holding it at the end!<',
  '  :::spoiler The last scene',
  '  The daughter wins the mock trial, years too late to change anything.',
  '  :::',
  '',
  '> The performance carries it.',
  '>',
  '> :::spoiler What the courtroom decides',
  '> The verdict is overturned only after the execution.',
  '> :::',
  '',
  ':::spoiler The ending',
  'The father is executed, and the daughter becomes a lawyer.',
  ':::',
].join('\n');

/**
 * Gives the walking member what a reader's pages show: a spoiler-flagged
 * review with an earlier version, and a few notifications. Written straight
 * into the database: the writing and notifying flows have their own tests.
 */
export async function prepareWorld(memberHandle: string): Promise<WalkWorld> {
  return withDatabase(async (sql) => {
    const [film] = await sql<{ id: number; slug: string }[]>`select id, slug from films where slug = 'miracle-in-cell-no-7'`;
    const [member] = await sql<{ id: string }[]>`select id from users where handle = ${memberHandle}`;
    const [jiwoo] = await sql<{ id: string }[]>`select id from users where handle = 'jiwoo'`;
    const earlier = 'An early draft of this review, before the spoilers were marked. '.repeat(8);
    const [review] = await sql<{ id: number }[]>`
      insert into reviews (film_id, author_id, title, body, rating, contains_spoilers, edited_at)
      values (${film!.id}, ${member!.id}, 'A father’s story, spoilers marked', ${SPOILER_BODY}, 8, true, now())
      returning id`;
    await sql`
      insert into review_revisions (review_id, version, title, body, rating, contains_spoilers, created_at)
      values (${review!.id}, 1, 'A father’s story', ${earlier}, 7, false, now() - interval '2 days'),
             (${review!.id}, 2, 'A father’s story, spoilers marked', ${SPOILER_BODY}, 8, true, now())`;
    await sql`
      insert into notifications (recipient_id, kind, actor_id, review_id, payload, read_at)
      values (${member!.id}, 'follow', ${jiwoo!.id}, null, '{}', null),
             (${member!.id}, 'milestone', null, ${review!.id}, ${sql.json({ upvotes: 10 })}, null),
             (${member!.id}, 'badge', null, null, ${sql.json({ badges: [{ key: 'upvotes-received', tier: 10 }] })}, now())`;

    const [unreviewed] = await sql<{ slug: string }[]>`
      select slug from films where id <> ${film!.id} order by slug limit 1`;
    const [remake] = await sql<{ slug: string }[]>`select slug from films where version_of_id is not null order by slug limit 1`;
    const [thread] = await sql<{ reviewId: number; commentId: number }[]>`
      select c.review_id as "reviewId", c.id as "commentId"
        from comments c
        join reviews r on r.id = c.review_id
       where c.parent_id is null and c.deleted_at is null
         and exists (select 1 from comments reply where reply.parent_id = c.id)
       order by (r.body like '%:::spoiler%' or r.body like '%>!%') desc, r.comment_count desc, c.id
       limit 1`;
    const [badge] = await sql<{ key: string }[]>`select badge_key as key from user_badges order by awarded_at limit 1`;
    if (!unreviewed || !remake || !thread || !badge)
      throw new Error('The seeded database lacks a film, remake, thread or badge.');
    return {
      memberHandle,
      memberReviewId: review!.id,
      memberFilmSlug: film!.slug,
      unreviewedFilmSlug: unreviewed.slug,
      remakeSlug: remake.slug,
      threadReviewId: thread.reviewId,
      threadCommentId: thread.commentId,
      badgeKey: badge.key,
    };
  });
}
