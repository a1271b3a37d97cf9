import { describe, expect, it } from 'vitest';

import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/films/parasite-2019', '/films/parasite-2019'],
    ['/search?q=miracle#reviews', '/search?q=miracle#reviews'],
    ['/reviews/12/comments/40', '/reviews/12/comments/40'],
    // Encoded characters stay encoded, so the browser never decodes them into a new host.
    ['/%09/evil.example/', '/%09/evil.example/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/a/../b', '/b'],
  ])('keeps %j on the site as %j', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example/path',
    '/\n/evil.example',
    '/\r\nSet-Cookie: a=b',
    '/\u0000',
    '/\u007f/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '',
    `/${'a'.repeat(2_001)}`,
    42,
    null,
    undefined,
    ['/films'],
  ])('sends %j home', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
