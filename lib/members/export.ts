import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';

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

  const [reviews, comments, reviewVotes, commentVotes, following] = await Promise.all([
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
  ]);

  return {
    exportedAt: new Date().toISOString(),
    profile,
    reviews: [...reviews],
    comments: [...comments],
    upvotes: { reviews: [...reviewVotes], comments: [...commentVotes] },
    following: [...following],
  };
}
