import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { availableHandle, findActiveMember, findCredentials } from '@/lib/auth/queries';
import { createMember } from '@/lib/members/mutations';

import { createUser, unique } from '../support/factories';

const member = () => {
  const id = unique();
  return {
    email: `reader-${id}@example.com`,
    password: 'correct horse battery',
    handle: `reader-${id}`,
    displayName: `Reader ${id}`,
  };
};

describe('createMember', () => {
  it('stores an argon2id hash, never the password', async () => {
    const input = member();
    const created = await createMember(input);
    expect(created.ok).toBe(true);
    const credentials = await findCredentials(input.email.toUpperCase());
    expect(credentials?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(credentials?.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(credentials!.passwordHash!, input.password)).toBe(true);
    expect(await verifyPassword(credentials!.passwordHash!, 'wrong password')).toBe(false);
  });

  it('reports a taken email', async () => {
    const input = member();
    await createMember(input);
    expect(await createMember({ ...member(), email: input.email })).toEqual({ ok: false, conflict: 'email' });
  });

  it('creates exactly one member when the same sign-up arrives twice at once', async () => {
    const input = member();
    const results = await Promise.all([createMember(input), createMember(input), createMember(input)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(eq(users.handle, input.handle));
    expect(row?.count).toBe(1);
  });
});

describe('findActiveMember', () => {
  it('finds a member in good standing', async () => {
    const user = await createUser();
    expect(await findActiveMember(user.id)).toMatchObject({ id: user.id, handle: user.handle, sessionVersion: 0 });
  });

  it('ignores a deleted member, which ends their sessions', async () => {
    const user = await createUser();
    await db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, user.id));
    expect(await findActiveMember(user.id)).toBeNull();
  });

  it('finds a banned member, marked as banned, so they can still read and export their data', async () => {
    const user = await createUser();
    await db.update(users).set({ bannedAt: new Date(), banReason: 'Spam' }).where(eq(users.id, user.id));
    expect(await findActiveMember(user.id)).toMatchObject({ id: user.id, banned: true, banReason: 'Spam' });
  });

  it('treats a ban whose end has passed as lifted', async () => {
    const user = await createUser();
    const past = new Date(Date.now() - 60_000);
    await db
      .update(users)
      .set({ bannedAt: new Date(Date.now() - 120_000), banEndsAt: past })
      .where(eq(users.id, user.id));
    expect(await findActiveMember(user.id)).toMatchObject({ id: user.id, banned: false });
  });

  it('never returns the password hash', async () => {
    const user = await createUser({ passwordHash: 'secret-hash' });
    expect(JSON.stringify(await findActiveMember(user.id))).not.toContain('secret-hash');
  });
});

describe('availableHandle', () => {
  it('derives a handle and numbers it when taken', async () => {
    const name = `Zoë Kim ${unique()}`;
    const first = await availableHandle(name);
    expect(first).toMatch(/^zoe-kim-[0-9a-f]{8}$/);
    await createUser({ handle: first });
    expect(await availableHandle(name)).toBe(`${first}-2`);
  });
});
