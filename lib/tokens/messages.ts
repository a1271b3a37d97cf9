import type { TokenProblem, TokenPurpose } from './types';

/** What a page says when a link does not work; each page offers a new link beside it. */
export const TOKEN_PROBLEMS: Record<TokenPurpose, Record<TokenProblem, string>> = {
  'reset-password': {
    expired: 'This reset link has expired: links work for one hour. Ask for a new one below.',
    invalid:
      'This reset link does not work: it was already used, a newer one was sent, or it was copied incompletely. Ask for a new one below.',
  },
  'verify-email': {
    expired: 'This verification link has expired: links work for 24 hours. Ask for a new one below.',
    invalid: 'This verification link does not work: it was already used, a newer one was sent, or it was copied incompletely.',
  },
  'change-email': {
    expired: 'This confirmation link has expired: links work for 24 hours. Ask for the change again in your settings.',
    invalid: 'This confirmation link does not work: it was already used, a newer one was sent, or it was copied incompletely.',
  },
};
