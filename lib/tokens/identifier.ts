import type { TokenOwner, TokenPurpose } from './types';

/** `<purpose>:<member id>:<detail>`: the identifier column of verification_tokens. */
export function tokenIdentifier(purpose: TokenPurpose, memberId: string, detail = ''): string {
  return `${purpose}:${memberId}:${detail}`;
}

/** The start every identifier of one member's links of one purpose shares (a uuid holds no LIKE wildcards). */
export function tokenIdentifierPrefix(purpose: TokenPurpose, memberId?: string): string {
  return memberId ? `${purpose}:${memberId}:` : `${purpose}:`;
}

export function tokenOwner(purpose: TokenPurpose, identifier: string): TokenOwner {
  const rest = identifier.slice(purpose.length + 1);
  const split = rest.indexOf(':');
  return { memberId: rest.slice(0, split), detail: rest.slice(split + 1) };
}
