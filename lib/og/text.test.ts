import { describe, expect, it } from 'vitest';

import { ogText } from './text';

describe('ogText', () => {
  it.each([
    ['Miracle in Cell No. 7', 'Miracle in Cell No. 7'],
    ['7. Koğuştaki Mucize', '7. Koğuştaki Mucize'],
    ['7번방의 선물', '7'],
    ['기생충', ''],
    ['Zoë 🎬  Marchetti', 'Zoë Marchetti'],
    ['What’s Eating Gilbert Grape — a “fable”…', 'What’s Eating Gilbert Grape — a “fable”…'],
    [null, ''],
  ])('%j', (input, expected) => {
    expect(ogText(input)).toBe(expected);
  });

  it('cuts long text', () => {
    expect(ogText('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
