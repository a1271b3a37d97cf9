import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { NEW_ACCOUNTS, type NewAccountRules } from '@/lib/rate-limit/new-accounts';

/**
 * Whether the member is still a new account under the rules
 * (lib/rate-limit/new-accounts.ts): younger than the period and short of the
 * upvotes received. Read at every post, so the limits lift the moment either
 * is reached; `rules` is only for tests.
 */
export async function isNewAccount(memberId: string, rules: NewAccountRules = NEW_ACCOUNTS): Promise<boolean> {
  const [row] = await db.execute<{ new: boolean }>(sql`
    select created_at > now() - ${rules.days} * interval '1 day'
           and upvotes_received < ${rules.upvotesReceived} as new
      from users where id = ${memberId}`);
  return row?.new ?? false;
}
