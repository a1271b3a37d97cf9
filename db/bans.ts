import { sql, type SQL } from 'drizzle-orm';

/**
 * Whether the member row aliased `u` is under a ban right now. A ban ends by
 * itself when `ban_ends_at` passes (null: for good), so every check reads
 * this rather than `banned_at` alone, and no job has to lift it.
 */
export function underBan(alias = 'users'): SQL {
  const u = sql.raw(alias);
  return sql`(${u}.banned_at is not null and (${u}.ban_ends_at is null or ${u}.ban_ends_at > now()))`;
}

/** The opposite of `underBan`: a member who may post, vote, follow and be mailed. */
export function notBanned(alias = 'users'): SQL {
  return sql`not ${underBan(alias)}`;
}
