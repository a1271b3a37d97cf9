import 'server-only';

import { and, eq, isNull, like, or, sql } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { underBan } from '@/db/bans';
import { users } from '@/db/schema';
import { handleFrom } from '@/lib/validation/handle';

/** What signing in needs to know, and nothing more. */
export async function findCredentials(email: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      image: users.image,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/**
 * A free handle for someone arriving through GitHub or Google: the derived
 * handle, or the same with the lowest number that makes it unique.
 */
export async function availableHandle(source: string, executor: Executor = db): Promise<string> {
  const base = handleFrom(source);
  const taken = await executor
    .select({ handle: users.handle })
    .from(users)
    .where(or(eq(users.handle, base), like(users.handle, `${base}-%`)));
  const names = new Set(taken.map((row) => row.handle));
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) if (!names.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The header counts unread notices up to here, then says "99+"; counting further would cost more and say nothing. */
export const UNREAD_COUNT_CAP = 100;

/**
 * The member a session belongs to, read fresh on every request so a ban
 * (which limits what they may do, not whether they may read), an account deletion or a bumped session version ends the session at once.
 * The header's unread count comes in the same statement (through the
 * partial index of unread notices), so a signed-in page pays one round trip
 * for knowing who is reading.
 */
export async function findActiveMember(id: string) {
  const [row] = await db
    .select({
      id: users.id,
      handle: users.handle,
      displayName: users.displayName,
      image: users.image,
      role: users.role,
      sessionVersion: users.sessionVersion,
      email: users.email,
      emailVerified: users.emailVerified,
      createdAt: users.createdAt,
      banned: sql<boolean>`${underBan()}`,
      banReason: users.banReason,
      banEndsAt: users.banEndsAt,
      unreadNotifications: sql<number>`(select count(*)::int from (
        select 1 from notifications n where n.recipient_id = ${id} and n.read_at is null limit ${UNREAD_COUNT_CAP}) unread)`,
    })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}
