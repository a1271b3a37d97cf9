import { describe, expect, it } from 'vitest';

import { linkCount } from './links';

describe('linkCount', () => {
  it.each([
    ['No links here, only @someone.', 0],
    ['[one](https://example.org) and [two](https://example.com/x)', 2],
    ['<https://example.org> and https://example.com bare', 2],
    ['A [reference][r] link.\n\n[r]: https://example.org', 1],
    ['`https://example.org` in code is not a link', 0],
    ['>!a [hidden](https://example.org) link!<', 1],
  ])('%j has %i', (source, count) => {
    expect(linkCount(source)).toBe(count);
  });
});
