/** What a single-use link is for; the first part of its verification_tokens identifier. */
export type TokenPurpose = 'verify-email' | 'change-email' | 'reset-password';

/** Why a link did not work, said in words on the page it opens. */
export type TokenProblem = 'expired' | 'invalid';

/** Whose a link is (a member's id) and what it carries beside (the address it is for). */
export interface TokenOwner {
  memberId: string;
  detail: string;
}

export type TokenCheck = ({ ok: true } & TokenOwner) | { ok: false; problem: TokenProblem };

/** How long each kind of link works. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  'verify-email': 24 * 60 * 60,
  'change-email': 24 * 60 * 60,
  'reset-password': 60 * 60,
};
