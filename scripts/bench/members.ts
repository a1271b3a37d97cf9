/**
 * The members the benchmarks act as, created in the database if missing:
 * `bench-<name>` handles, no password (their sessions are minted, see
 * sessions.ts), so nobody can sign in as them. Creating them is idempotent;
 * a later run reuses them, with whatever votes they left.
 */
import { sql } from 'drizzle-orm';

import type { Database } from '../../db/index';
import type { SessionMember } from './sessions';

type MemberRow = {
  id: string;
  handle: string;
  display_name: string;
  email: string | null;
  session_version: number;
};

const toMember = (row: MemberRow): SessionMember => ({
  id: row.id,
  handle: row.handle,
  displayName: row.display_name,
  email: row.email,
  sessionVersion: row.session_version,
});

/** `bench-<name>-1` … `bench-<name>-<count>`, in that order. */
export async function benchMembers(db: Database, name: string, count: number): Promise<SessionMember[]> {
  const prefix = `bench-${name}-`;
  await db.execute(sql`
    insert into users (handle, display_name, email)
    select ${prefix} || n, 'Bench ' || ${name} || ' ' || n, ${prefix} || n || '@bench.example'
      from generate_series(1, ${count}::int) n
    on conflict do nothing`);
  const rows = await db.execute<MemberRow>(sql`
    select u.id, u.handle, u.display_name, u.email, u.session_version
      from generate_series(1, ${count}::int) n
      join users u on u.handle = ${prefix} || n and u.banned_at is null and u.deleted_at is null
     order by n`);
  if (rows.length !== count) {
    throw new Error(
      `Only ${rows.length} of the ${count} ${prefix}N members are usable (a handle or email taken, a ban, a deletion)`,
    );
  }
  return rows.map(toMember);
}

/** One member, `bench-<name>`. */
export async function benchMember(db: Database, name: string): Promise<SessionMember> {
  const handle = `bench-${name}`;
  await db.execute(sql`
    insert into users (handle, display_name, email) values (${handle}, ${`Bench ${name}`}, ${`${handle}@bench.example`})
    on conflict do nothing`);
  const [row] = await db.execute<MemberRow>(sql`
    select id, handle, display_name, email, session_version from users
     where handle = ${handle} and banned_at is null and deleted_at is null`);
  if (!row) throw new Error(`The member ${handle} cannot be used (its email is taken, or it is banned or deleted)`);
  return toMember(row);
}
