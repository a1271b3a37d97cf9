import { sql, type SQL } from 'drizzle-orm';

/** Nobody hears from a member they muted or blocked. */
export function notSilenced(recipient: SQL, actor: SQL): SQL {
  return sql`not exists (select 1 from mutes m where m.member_id = ${recipient} and m.muted_id = ${actor})
    and not exists (select 1 from blocks b where b.member_id = ${recipient} and b.blocked_id = ${actor})`;
}
