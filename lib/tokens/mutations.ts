import 'server-only';

import { and, eq, like, sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { verificationTokens } from '@/db/schema';

import { hashToken, isTokenShaped, newTokenSecret } from './hash';
import { tokenIdentifier, tokenIdentifierPrefix, tokenOwner } from './identifier';
import { TOKEN_LIFETIME_SECONDS, type TokenCheck, type TokenPurpose } from './types';

/**
 * Single-use links (email verification, email change, password reset) live
 * in Auth.js's verification_tokens table: `identifier` says whose link it is
 * and what for (./identifier.ts), `token` is the SHA-256 of the secret in the
 * link (./hash.ts). Issuing one removes the member's earlier links of that
 * purpose, so only the newest mail works. Returns the secret for the link.
 */
export async function issueToken(executor: Executor, purpose: TokenPurpose, memberId: string, detail = ''): Promise<string> {
  await revokeTokens(executor, purpose, memberId);
  const secret = newTokenSecret();
  await executor.insert(verificationTokens).values({
    identifier: tokenIdentifier(purpose, memberId, detail),
    token: hashToken(secret),
    expires: sql`now() + make_interval(secs => ${TOKEN_LIFETIME_SECONDS[purpose]})`,
  });
  return secret;
}

/** Removes a member's links of one purpose: a reset ends the other reset links. */
export async function revokeTokens(executor: Executor, purpose: TokenPurpose, memberId: string): Promise<void> {
  await executor
    .delete(verificationTokens)
    .where(like(verificationTokens.identifier, `${tokenIdentifierPrefix(purpose, memberId)}%`));
}

/**
 * Uses a link: deletes its row and says whose it was. An expired link is
 * deleted too and answered "expired"; a used or made-up one is "invalid".
 * Run it in the transaction that acts on the link, so a failure later in
 * that transaction leaves the link usable.
 */
export async function consumeToken(executor: Executor, purpose: TokenPurpose, secret: unknown): Promise<TokenCheck> {
  if (!isTokenShaped(secret)) return { ok: false, problem: 'invalid' };
  const [row] = await executor
    .delete(verificationTokens)
    .where(
      and(
        eq(verificationTokens.token, hashToken(secret)),
        like(verificationTokens.identifier, `${tokenIdentifierPrefix(purpose)}%`),
      ),
    )
    .returning({ identifier: verificationTokens.identifier, live: sql<boolean>`${verificationTokens.expires} > now()` });
  if (!row) return { ok: false, problem: 'invalid' };
  if (!row.live) return { ok: false, problem: 'expired' };
  return { ok: true, ...tokenOwner(purpose, row.identifier) };
}
