import 'server-only';

import { eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { users } from '@/db/schema';
import type { ProfileInput } from '@/lib/validation/profile';

export interface ProfileSettings {
  handle: string;
  email: string | null;
  displayName: string;
  bio: string;
  /** Whether the member can confirm with a password; GitHub- or Google-only members confirm another way. */
  hasPassword: boolean;
}

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

/** Changes the member's own display name and bio; `name` follows for Auth.js. */
export async function updateProfile(actor: { id: string }, input: ProfileInput): Promise<void> {
  await db
    .update(users)
    .set({ displayName: input.displayName, name: input.displayName, bio: input.bio })
    .where(sql`${users.id} = ${actor.id} and ${users.deletedAt} is null`);
}
