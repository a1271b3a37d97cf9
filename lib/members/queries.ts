import 'server-only';

import { eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { picturesUploadedBy } from '@/lib/media/queries';
import { users } from '@/db/schema';
import { earnedBadgesJson, toEarnedBadges, topOf } from '@/lib/badges/queries';
import { followCountsJson } from '@/lib/follows/queries';
import { memberExcerpt } from '@/lib/markdown/rendered';
import { upvoteTotalsJson } from '@/lib/votes/queries';

import type { MemberProfile, ProfileSettings, RecentComment } from './types';

/** A MemberSummary's columns, for a query that shows members beside their words. */
export const memberSummaryColumns = {
  handle: users.handle,
  displayName: users.displayName,
  image: users.image,
  createdAt: users.createdAt,
};

/**
 * A member's profile with everything its header shows — review count,
 * upvotes given and received, followers, the top badge — in one statement,
 * each figure a subquery on that member's own rows.
 */
export async function getMemberProfile(handle: string): Promise<(MemberProfile & { id: string }) | null> {
  const [row] = await db.execute<{
    id: string;
    handle: string;
    display_name: string;
    image: string | null;
    created_at: Date;
    bio: string;
    role: MemberProfile['role'];
    review_count: number;
    review_upvotes: number;
    upvotes: MemberProfile['upvotes'];
    follows: MemberProfile['follows'];
    badges: Array<{ key: string; tier: number; awardedAt: string }>;
  }>(sql`
    select u.id, u.handle, u.display_name, u.image, u.created_at, u.bio, u.role,
           (select count(*) from reviews r where r.author_id = u.id and r.status = 'published')::int as review_count,
           (select coalesce(sum(r.upvote_count), 0) from reviews r where r.author_id = u.id and r.status = 'published')::int as review_upvotes,
           ${upvoteTotalsJson(sql`u.id`)} as upvotes,
           ${followCountsJson(sql`u.id`)} as follows,
           ${earnedBadgesJson(sql`u.id`)} as badges
      from users u
     where u.handle = ${handle.toLowerCase()} and u.deleted_at is null`);
  if (!row) return null;
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    image: row.image,
    createdAt: new Date(row.created_at),
    bio: row.bio,
    role: row.role,
    reviewCount: row.review_count,
    upvotesReceived: row.review_upvotes,
    upvotes: row.upvotes,
    follows: row.follows,
    topBadge: topOf(toEarnedBadges(row.badges)),
  };
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
      excerpt: await memberExcerpt(row.body_start, { maxLength: 180 }),
      createdAt: new Date(row.created_at),
    })),
  );
}

/** What the member's own settings page shows. */
export async function getProfileSettings(actor: { id: string }): Promise<ProfileSettings | null> {
  const [row] = await db
    .select({
      handle: users.handle,
      email: users.email,
      displayName: users.displayName,
      bio: users.bio,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  return row ?? null;
}

/**
 * Everything Verdict holds that a member wrote or did, as one JSON document
 * for "Download my data": profile, reviews with every saved version, comments,
 * upvotes given, and whom they follow. Only the member's own rows: other
 * members appear by handle at most.
 */
export async function exportMemberData(actor: { id: string }) {
  const [profile] = await db.execute(sql`
    select handle, display_name as "displayName", email, bio, role, created_at as "createdAt"
      from users where id = ${actor.id} and deleted_at is null`);
  if (!profile) return null;

  const [reviews, comments, reviewVotes, commentVotes, following, pictures] = await Promise.all([
    db.execute(sql`
      select r.id, f.slug as "filmSlug", f.title as "filmTitle", f.year as "filmYear",
             r.title, r.body, r.rating, r.contains_spoilers as "containsSpoilers", r.status,
             r.upvote_count as "upvoteCount", r.comment_count as "commentCount",
             r.created_at as "createdAt", r.edited_at as "editedAt",
             coalesce((select json_agg(json_build_object(
                 'version', v.version, 'title', v.title, 'body', v.body, 'rating', v.rating,
                 'containsSpoilers', v.contains_spoilers, 'savedAt', v.created_at) order by v.version)
               from review_revisions v where v.review_id = r.id), '[]'::json) as revisions
        from reviews r join films f on f.id = r.film_id
       where r.author_id = ${actor.id}
       order by r.created_at, r.id`),
    db.execute(sql`
      select id, review_id as "reviewId", parent_id as "parentId", body, upvote_count as "upvoteCount",
             created_at as "createdAt", edited_at as "editedAt", deleted_at as "deletedAt"
        from comments where author_id = ${actor.id}
       order by created_at, id`),
    db.execute(sql`
      select review_id as "reviewId", created_at as "createdAt" from review_votes
       where user_id = ${actor.id} order by created_at, review_id`),
    db.execute(sql`
      select comment_id as "commentId", created_at as "createdAt" from comment_votes
       where user_id = ${actor.id} order by created_at, comment_id`),
    db.execute(sql`
      select u.handle, f.created_at as "since" from follows f join users u on u.id = f.followed_id
       where f.follower_id = ${actor.id} order by f.created_at`),
    picturesUploadedBy(actor.id),
  ]);

  return {
    exportedAt: new Date().toISOString(),
    profile,
    reviews: [...reviews],
    comments: [...comments],
    upvotes: { reviews: [...reviewVotes], comments: [...commentVotes] },
    following: [...following],
    // Where each uploaded picture can be fetched (as served: re-encoded, without metadata).
    pictures,
  };
}
