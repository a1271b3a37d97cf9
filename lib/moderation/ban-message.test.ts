import { describe, expect, it } from 'vitest';

import { banEndText, banMessage } from './ban-message';

describe('banMessage', () => {
  it.each([
    [
      { reason: 'Spam links', endsAt: new Date('2026-12-07T10:30:00Z') },
      'You are banned until 7 Dec 2026, 10:30 UTC. Reason: Spam links. You can still read and export your data.',
    ],
    [
      { reason: 'Harassment.', endsAt: null },
      'You are banned for good. Reason: Harassment. You can still read and export your data.',
    ],
    [{ reason: '', endsAt: null }, 'You are banned for good. You can still read and export your data.'],
  ])('names the reason and the end', (ban, expected) => {
    expect(banMessage(ban)).toBe(expected);
  });

  it('reads a permanent ban as for good', () => {
    expect(banEndText(null)).toBe('for good');
  });
});
