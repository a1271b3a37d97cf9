import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';

import { createUser } from '../support/factories';
import { Redirected } from '../support/request-stand-ins';

/**
 * Mute and Block as a hostile script would call them: any shape in place of
 * the bound handle and of the form. Only the session, redirect and
 * revalidation are stood in for; every call ends in a refusal with a reason
 * or a change, never in an error.
 */

const session = vi.hoisted(() => ({ viewer: null as null | { id: string; handle: string } }));

vi.mock('next/navigation', () => import('../support/request-stand-ins').then((stand) => stand.navigation));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((stand) => stand.cache));
vi.mock('@/lib/auth/viewer', async () => {
  const { safeReturnPath } = await import('@/lib/auth/return-path');
  return {
    safeReturnPath,
    getViewer: async () => null,
    requireMember: async (returnTo = '/') => {
      if (!session.viewer) throw new Redirected(`/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
      return {
        ...session.viewer,
        displayName: 'Member',
        image: null,
        role: 'member',
        createdAt: new Date(),
        unreadNotifications: 0,
      };
    },
  };
});

const { blockMemberAction, muteMemberAction } = await import('@/lib/actions/muting');

const HOSTILE = ['', "x' or '1'='1", '../admin', '@', 'a'.repeat(10_000), {}, [], 40, Number.NaN, true, null, undefined];

const ACTIONS = [
  ['muteMemberAction', muteMemberAction, 'mute', 'mutes'],
  ['blockMemberAction', blockMemberAction, 'block', 'blocks'],
] as const;

function form(on: string) {
  const data = new FormData();
  data.set('on', on);
  return data;
}

async function rowsOf(table: 'mutes' | 'blocks', memberId: string) {
  const [row] = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)} where member_id = ${memberId}`,
  );
  return row!.n;
}

let member: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  member = await createUser();
  session.viewer = { id: member.id, handle: member.handle };
});

describe.each(ACTIONS)('%s', (_name, action, verb, table) => {
  it('refuses handles that name nobody, and forms that are not forms, writing nothing', async () => {
    const other = await createUser();
    for (const value of HOSTILE) {
      expect(await action(value, value, form('true'))).toEqual({
        ok: false,
        reason: 'not-found',
        message: 'This member is no longer on Verdict.',
        fieldErrors: {},
        values: {},
      });
      expect(await action(other.handle, '/', value as unknown as FormData)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(await action(other.handle, '/', form('yes'))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await rowsOf(table, member.id)).toBe(0);
  });

  it(`refuses to ${verb} oneself, with the reason`, async () => {
    expect(await action(member.handle, '/', form('true'))).toMatchObject({
      ok: false,
      reason: 'forbidden',
      message: `You can’t ${verb} yourself.`,
    });
    expect(await rowsOf(table, member.id)).toBe(0);
  });

  it('turns on and off by a real handle, however it is written', async () => {
    const other = await createUser();
    expect(await action(`@${other.handle.toUpperCase()}`, '/', form('true'))).toEqual({ ok: true, data: { on: true } });
    expect(await rowsOf(table, member.id)).toBe(1);
    expect(await action(other.handle, '/', form('false'))).toEqual({ ok: true, data: { on: false } });
    expect(await rowsOf(table, member.id)).toBe(0);
  });

  it('sends a signed-out caller to sign in', async () => {
    session.viewer = null;
    const other = await createUser();
    await expect(action(other.handle, `/u/${other.handle}`, form('true'))).rejects.toThrow(
      `redirect /signin?callbackUrl=${encodeURIComponent(`/u/${other.handle}`)}`,
    );
  });
});
