import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { reviewPreviewSchema, reviewSchema } from './review';

const body = 'A film that earns its tears. '.repeat(20);
const valid = { title: '  Worth every tissue  ', rating: '7', body, containsSpoilers: 'on' };

describe('reviewSchema', () => {
  it('coerces form strings into a review', () => {
    expect(reviewSchema.parse(valid)).toEqual({
      title: 'Worth every tissue',
      rating: 7,
      body: body.trim(),
      containsSpoilers: true,
    });
    expect(reviewSchema.parse({ ...valid, containsSpoilers: undefined }).containsSpoilers).toBe(false);
  });

  it('keeps the body as written, emoji and curly quotes included, trimmed as it was measured', () => {
    const written = `“Yong-gu” 🎈 — 7번방의 선물, Koğuştaki Mucize.\n\n${body.trim()}`;
    expect(reviewSchema.parse({ ...valid, body: written }).body).toBe(written);
    expect(reviewSchema.parse({ ...valid, body: `\n\n  ${written}  \n` }).body).toBe(written);
  });

  it('measures and keeps the same text: 50,000 characters with whitespace around them is accepted, and stored as the 50,000', () => {
    const longest = 'x'.repeat(50_000);
    expect(reviewSchema.parse({ ...valid, body: `   ${longest}\n\n` }).body).toBe(longest);
  });

  it.each([
    ['title', { title: '   ' }, 'Give your review a title.'],
    ['title', { title: 'x'.repeat(121) }, 'Keep the title to 120 characters or fewer.'],
    ['rating', { rating: '' }, 'Choose a rating from half a star to five stars.'],
    ['rating', { rating: '0' }, 'Choose a rating from half a star to five stars.'],
    ['rating', { rating: '11' }, 'Choose a rating from half a star to five stars.'],
    ['rating', { rating: '7.5' }, 'Choose a rating from half a star to five stars.'],
    ['rating', { rating: 'ten' }, 'Choose a rating from half a star to five stars.'],
    ['body', { body: '' }, 'Write your review.'],
    [
      'body',
      { body: 'Too short.' },
      'A review needs at least 500 characters; this one has 10. Say a little more about what you saw.',
    ],
    ['body', { body: 'x'.repeat(50_001) }, 'A review can be at most 50,000 characters; this one has 50,001.'],
  ] as const)('%s: %j → %j', (field, change, message) => {
    const result = reviewSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors[field]).toEqual([message]);
  });
});

describe('review body shape', () => {
  const listOf = (items: number) => `${body}\n\n${'- a film I saw\n'.repeat(items)}`;

  it('accepts a long list within the limit', () => {
    expect(reviewSchema.safeParse({ ...valid, body: listOf(1_000) }).success).toBe(true);
  });

  it('refuses a list beyond it, saying why', () => {
    const result = reviewSchema.safeParse({ ...valid, body: listOf(1_001) });
    expect(z.flattenError(result.error!).fieldErrors.body).toEqual([
      'Your review has more than 1,000 list items. Join some of them into paragraphs.',
    ]);
  });

  it('refuses nesting deeper than eight levels', () => {
    const result = reviewSchema.safeParse({ ...valid, body: `${body}\n\n${'> '.repeat(9)}deep` });
    expect(z.flattenError(result.error!).fieldErrors.body?.[0]).toMatch(/more than 8 levels/);
  });
});

describe('reviewPreviewSchema', () => {
  it('previews a short draft', () => {
    expect(reviewPreviewSchema.parse({ body: ' A first line. ' })).toEqual({ body: 'A first line.' });
  });

  it.each([
    ['too long', 'x'.repeat(50_001), 'A review can be at most 50,000 characters; this one has 50,001.'],
    [
      'too many blocks',
      'a\n\n'.repeat(1_001),
      'Your review has more than 1,000 paragraphs, headings and other blocks. Join some short ones together.',
    ],
  ])('refuses a draft %s', (_name, draft, message) => {
    const result = reviewPreviewSchema.safeParse({ body: draft });
    expect(z.flattenError(result.error!).fieldErrors.body).toEqual([message]);
  });
});
