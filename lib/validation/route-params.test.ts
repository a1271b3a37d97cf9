import { describe, expect, it } from 'vitest';

import { recordIdOrNotFound } from './route-params';

/** What `notFound()` throws: Next renders the not-found page for an error with this digest. */
function notFoundDigest(segment: string): string | undefined {
  try {
    recordIdOrNotFound(segment);
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return undefined;
}

describe('recordIdOrNotFound', () => {
  it.each([
    ['1', 1],
    ['40', 40],
    ['2147483647', 2_147_483_647],
  ])('reads /reviews/%s as %i', (segment, id) => {
    expect(recordIdOrNotFound(segment)).toBe(id);
  });

  it.each(['0', '012', '2147483648', ' 1', '1 ', '1e3', '١', '-1', '1.0', '0x10', '', 'abc'])(
    'answers /reviews/%j with the not-found page',
    (segment) => {
      expect(notFoundDigest(segment)).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404$/);
    },
  );
});
