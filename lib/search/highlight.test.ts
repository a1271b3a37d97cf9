import { describe, expect, it } from 'vitest';

import { highlight, highlightTerms } from './highlight';

const marked = (text: string, query: string) =>
  highlight(text, query)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlight', () => {
  it.each([
    ['Miracle in Cell No. 7', 'miracle cell 7', '[Miracle] in [Cell] No. 7'],
    ['7. Koğuştaki Mucize', 'kogustaki mucize', '7. [Koğuştaki] [Mucize]'],
    ['Rain Man', 'rain mann', '[Rain] [Man]'],
    ['The acting is superb', 'act', 'The [act]ing is superb'],
    ['La vita è bella', 'E BELLA', 'La vita è [bella]'],
    ['I Am Sam', 'american', 'I Am Sam'],
    ['<b>Tom & Jerry</b>', 'tom', '<b>[Tom] & Jerry</b>'],
    ['Nothing here', '', 'Nothing here'],
  ])('%s with %s', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Straße, Koğuş — naïve café 🎬 déjà vu';
    expect(
      highlight(text, 'strasse cafe deja')
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
    expect(marked(text, 'cafe deja')).toBe('Straße, Koğuş — naïve [café] 🎬 [déjà] vu');
  });

  it('ignores one-letter words and punctuation in the query', () => {
    expect(highlightTerms('a . miracle -- in')).toEqual(['miracle', 'in']);
  });
});
