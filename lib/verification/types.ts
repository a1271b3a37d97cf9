import type { TokenProblem } from '@/lib/tokens/types';

/** What opening a verification link did. */
export type VerifyEmailResult = { ok: true; change: boolean } | { ok: false; problem: TokenProblem | 'taken' };

export type ResendVerificationResult = { ok: true; email: string } | { ok: false; reason: 'already-verified' | 'no-address' };

export type EmailChangeResult = { ok: true } | { ok: false; reason: 'same-address' | 'not-found' };
