import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { reviews, users } from '@/db/schema';

import type { MemberProfile } from './types';

export async function getMemberProfile(handle: string): Promise<(MemberProfile & { id: string }) | null> {
  const [row] = await db
    .select({
      id: users.id,
      handle: users.handle,
      displayName: users.displayName,
      image: users.image,
      createdAt: users.createdAt,
      bio: users.bio,
      role: users.role,
      reviewCount: sql<number>`count(${reviews.id})::int`,
      upvotesReceived: sql<number>`coalesce(sum(${reviews.upvoteCount}), 0)::int`,
    })
    .from(users)
    .leftJoin(reviews, and(eq(reviews.authorId, users.id), eq(reviews.status, 'published')))
    .where(and(eq(users.handle, handle.toLowerCase()), sql`${users.deletedAt} is null`))
    .groupBy(users.id)
    .limit(1);
  return row ?? null;
}
