import { describe, expect, it } from 'vitest';

import { FALLBACK_SITE_URL, resolveSiteUrl } from './site';

const request = (values: Record<string, string>) => new Headers(values);

describe('resolveSiteUrl', () => {
  it.each([
    // SITE_URL, then AUTH_URL, win over whatever the request says.
    [{ siteUrl: 'https://verdict.example', request: request({ host: 'elsewhere.example' }) }, 'https://verdict.example'],
    [{ authUrl: 'https://auth.example/', request: request({ host: 'elsewhere.example' }) }, 'https://auth.example'],
    [{ siteUrl: '  ', authUrl: 'https://auth.example' }, 'https://auth.example'],
    // Unset: where the request was sent.
    [{ request: request({ host: 'films.example:8080' }) }, 'http://films.example:8080'],
    [{ request: request({ host: 'Films.Example' }) }, 'http://films.example'],
    [{ request: request({ host: '192.168.1.20:3000' }) }, 'http://192.168.1.20:3000'],
    [{ request: request({ host: '[::1]:3000' }) }, 'http://[::1]:3000'],
    // Forwarded headers count only from trusted proxies.
    [
      { request: request({ host: 'app:3000', 'x-forwarded-host': 'films.example', 'x-forwarded-proto': 'https' }) },
      'http://app:3000',
    ],
    [
      {
        trustForwarded: true,
        request: request({
          host: 'app:3000',
          'x-forwarded-host': 'films.example, cdn.example',
          'x-forwarded-proto': 'https, http',
        }),
      },
      'https://films.example',
    ],
    [
      { trustForwarded: true, request: request({ host: 'films.example', 'x-forwarded-proto': 'gopher' }) },
      'http://films.example',
    ],
    [
      { trustForwarded: true, request: request({ host: 'films.example', 'x-forwarded-host': 'evil.example/path' }) },
      'http://films.example',
    ],
    // Nothing usable: the development default.
    [{}, FALLBACK_SITE_URL],
    [{ request: request({}) }, FALLBACK_SITE_URL],
    [{ request: request({ host: 'evil.example/"><script>' }) }, FALLBACK_SITE_URL],
    [{ request: request({ host: 'user@evil.example' }) }, FALLBACK_SITE_URL],
    [{ request: request({ host: '' }) }, FALLBACK_SITE_URL],
  ])('%j → %s', (sources, origin) => {
    expect(resolveSiteUrl(sources).origin).toBe(new URL(origin).origin);
  });
});
