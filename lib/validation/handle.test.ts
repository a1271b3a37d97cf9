import { describe, expect, it } from 'vitest';

import { HANDLE_PATTERN, handleFrom, normalizeHandle, RESERVED_HANDLES } from './handle';

describe('normalizeHandle', () => {
  it.each([
    ['Mina', 'mina'],
    ['  @Film_Buff ', 'film_buff'],
    ['ALL-CAPS', 'all-caps'],
  ])('%j → %j', (input, expected) => expect(normalizeHandle(input)).toBe(expected));
});

describe('handleFrom', () => {
  it.each([
    ['Zoë Ångström', 'zoe-angstrom'],
    ['jane.doe@example.com', 'jane-doe'],
    ['李', 'member'],
    ['Al', 'almember'],
    ['admin', 'admin-fan'],
  ])('%j → %j', (input, expected) => {
    const handle = handleFrom(input);
    expect(handle).toBe(expected);
    expect(handle).toMatch(HANDLE_PATTERN);
    expect(RESERVED_HANDLES.has(handle)).toBe(false);
  });
});
