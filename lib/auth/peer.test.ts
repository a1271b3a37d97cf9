import { describe, expect, it } from 'vitest';

import { clientAddressFrom, PEER_HEADER } from './peer';

const TOKEN = 'per-process-token';

function request(headers: Record<string, string>) {
  return new Headers(headers);
}

describe('clientAddressFrom', () => {
  describe('with no trusted proxy (TRUSTED_PROXY_HOPS=0)', () => {
    const policy = { trustedHops: 0, peerToken: TOKEN };

    it('takes the socket address that Verdict’s own server stamped', () => {
      expect(clientAddressFrom(request({ [PEER_HEADER]: `${TOKEN} 192.0.2.7` }), policy)).toBe('192.0.2.7');
    });

    it('believes nothing a client can write', () => {
      const spoofed = request({
        'x-forwarded-for': '198.51.100.1',
        'x-real-ip': '198.51.100.2',
        [PEER_HEADER]: `${TOKEN} 192.0.2.7`,
      });
      expect(clientAddressFrom(spoofed, policy)).toBe('192.0.2.7');
      expect(clientAddressFrom(request({ [PEER_HEADER]: 'guessed-token 198.51.100.3' }), policy)).toBe('unknown');
      expect(clientAddressFrom(request({ 'x-forwarded-for': '198.51.100.1' }), policy)).toBe('unknown');
    });

    it('knows nothing when no server stamped a token', () => {
      expect(clientAddressFrom(request({ [PEER_HEADER]: ' 192.0.2.7' }), { trustedHops: 0, peerToken: undefined })).toBe(
        'unknown',
      );
      expect(clientAddressFrom(request({ [PEER_HEADER]: `${TOKEN} 192.0.2.7` }), { trustedHops: 0, peerToken: '' })).toBe(
        'unknown',
      );
    });

    it('treats an IPv4 address seen over IPv6 as the same client', () => {
      expect(clientAddressFrom(request({ [PEER_HEADER]: `${TOKEN} ::ffff:192.0.2.7` }), policy)).toBe('192.0.2.7');
      expect(clientAddressFrom(request({ [PEER_HEADER]: `${TOKEN} 2001:DB8::1` }), policy)).toBe('2001:db8::1');
    });
  });

  describe('behind trusted proxies', () => {
    it.each([
      // Each proxy appends the address it saw: the client is the N-th entry from the right.
      [1, '203.0.113.9', '203.0.113.9'],
      [1, 'forged-by-client, 203.0.113.9', '203.0.113.9'],
      [1, '10.0.0.1, 10.0.0.2, 203.0.113.9', '203.0.113.9'],
      [2, 'forged, 203.0.113.9, 10.0.0.5', '203.0.113.9'],
      [2, '203.0.113.9, 10.0.0.5', '203.0.113.9'],
      // Fewer entries than proxies: the leftmost is all there is.
      [3, '203.0.113.9, 10.0.0.5', '203.0.113.9'],
      [1, ' 203.0.113.9 ,', '203.0.113.9'],
    ])('with %d hop(s), "%s" is %s', (trustedHops, forwarded, expected) => {
      expect(clientAddressFrom(request({ 'x-forwarded-for': forwarded }), { trustedHops, peerToken: TOKEN })).toBe(expected);
    });

    it('falls back to the socket when no proxy said anything', () => {
      expect(clientAddressFrom(request({ [PEER_HEADER]: `${TOKEN} 192.0.2.7` }), { trustedHops: 1, peerToken: TOKEN })).toBe(
        '192.0.2.7',
      );
    });

    it('reads the right end of a header a client padded with thousands of entries', () => {
      const forwarded = `${Array.from({ length: 5_000 }, (_, index) => `198.51.${index % 250}.1`).join(', ')}, 203.0.113.9, 10.0.0.5`;
      expect(clientAddressFrom(request({ 'x-forwarded-for': forwarded }), { trustedHops: 1, peerToken: TOKEN })).toBe('10.0.0.5');
      expect(clientAddressFrom(request({ 'x-forwarded-for': forwarded }), { trustedHops: 2, peerToken: TOKEN })).toBe(
        '203.0.113.9',
      );
    });
  });
});
