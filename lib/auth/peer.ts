/**
 * The header Verdict's own HTTP server (scripts/serve.mjs) sets on every
 * request: its per-process token, then the socket's remote address. Any
 * copy a client sends is replaced there, and the token makes one that
 * reached Next some other way worthless.
 */
export const PEER_HEADER = 'x-verdict-peer';

export interface AddressPolicy {
  /** Proxies in front of Verdict that each append the address they saw to X-Forwarded-For. */
  trustedHops: number;
  /** The token the server put in PEER_HEADER; unset when Next runs under another server. */
  peerToken: string | undefined;
}

/**
 * Which address a request came from. With N trusted proxies, each appends
 * what it saw, so the client is the N-th entry from the right: whatever a
 * client wrote further left is its own claim and is ignored. With none, no
 * header a client can write is believed; the socket's address comes from
 * Verdict's server. Addresses are normalised so `::ffff:1.2.3.4` and
 * `1.2.3.4` are one client.
 */
export function clientAddressFrom(list: Headers, policy: AddressPolicy): string {
  if (policy.trustedHops > 0) {
    const entry = fromTheRight(list.get('x-forwarded-for') ?? '', policy.trustedHops);
    if (entry) return normalise(entry);
  }
  const peer = list.get(PEER_HEADER);
  if (policy.peerToken && peer?.startsWith(`${policy.peerToken} `)) {
    const address = peer.slice(policy.peerToken.length + 1).trim();
    if (address) return normalise(address);
  }
  return 'unknown';
}

/**
 * The `hops`-th non-empty entry from the right of a comma-separated list,
 * or the leftmost when there are fewer (the request skipped a proxy). Read
 * from the right end, so a client's thousands of entries cost nothing.
 */
function fromTheRight(list: string, hops: number): string | undefined {
  let end = list.length;
  let found: string | undefined;
  let seen = 0;
  while (end > 0 && seen < hops) {
    const start = list.lastIndexOf(',', end - 1);
    const entry = list.slice(start + 1, end).trim();
    if (entry) {
      found = entry;
      seen += 1;
    }
    end = Math.max(start, 0);
  }
  return found;
}

function normalise(address: string): string {
  const plain = address.toLowerCase().replace(/^\[|\](?::\d+)?$/g, '');
  return (plain.startsWith('::ffff:') && plain.includes('.') ? plain.slice(7) : plain).slice(0, 64);
}
