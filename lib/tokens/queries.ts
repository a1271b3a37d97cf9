import 'server-only';

import { and, eq, like, sql } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { verificationTokens } from '@/db/schema';

import { hashToken, isTokenShaped } from './hash';
import { tokenIdentifierPrefix, tokenOwner } from './identifier';
import type { TokenCheck, TokenPurpose } from './types';

/** Whether a link would work now, without using it: the reset page asks before it shows its form. */
export async function checkToken(purpose: TokenPurpose, secret: unknown, executor: Executor = db): Promise<TokenCheck> {
  if (!isTokenShaped(secret)) return { ok: false, problem: 'invalid' };
  const [row] = await executor
    .select({ identifier: verificationTokens.identifier, live: sql<boolean>`${verificationTokens.expires} > now()` })
    .from(verificationTokens)
    .where(
      and(
        eq(verificationTokens.token, hashToken(secret)),
        like(verificationTokens.identifier, `${tokenIdentifierPrefix(purpose)}%`),
      ),
    )
    .limit(1);
  if (!row) return { ok: false, problem: 'invalid' };
  if (!row.live) return { ok: false, problem: 'expired' };
  return { ok: true, ...tokenOwner(purpose, row.identifier) };
}
