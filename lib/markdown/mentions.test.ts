import { describe, expect, it } from 'vitest';

import { mentionedHandles } from './mentions';

describe('mentionedHandles', () => {
  it.each([
    { source: 'Thanks @alice and @Bob, and @alice again', expected: ['alice', 'bob'] },
    { source: 'In `@code` and\n\n```\n@fenced\n```', expected: [] },
    { source: '[@linked](https://example.com) and me@example.com', expected: [] },
    { source: 'Hidden >!@keyser!< still counts', expected: ['keyser'] },
    { source: '> quoting @carol', expected: ['carol'] },
    { source: '', expected: [] },
  ])('$source', ({ source, expected }) => {
    expect(mentionedHandles(source)).toEqual(expected);
  });
});
