import { describe, expect, it } from 'vitest';

import { editCommentSchema, postCommentSchema } from './comment';

describe('postCommentSchema', () => {
  it.each([
    { input: { reviewId: '4', parentId: '', body: 'Agreed.' }, ok: true },
    { input: { reviewId: '4', parentId: '12', body: 'Agreed.' }, ok: true },
    { input: { reviewId: '4', body: 'x' }, ok: true },
    { input: { reviewId: '4', body: 'x'.repeat(10_000) }, ok: true },
    { input: { reviewId: '4', body: 'x'.repeat(10_001) }, ok: false, message: 'at most 10,000 characters; this one has 10,001' },
    { input: { reviewId: '4', body: '   \n ' }, ok: false, message: 'Write your comment.' },
    { input: { reviewId: '4' }, ok: false, message: 'Write your comment.' },
    { input: { reviewId: 'abc', body: 'x' }, ok: false },
    { input: { reviewId: '4', parentId: '-1', body: 'x' }, ok: false },
    { input: { reviewId: '99999999999', body: 'x' }, ok: false },
  ])('$input.body, parent $input.parentId → $ok', ({ input, ok, message }) => {
    const parsed = postCommentSchema.safeParse(input);
    expect(parsed.success).toBe(ok);
    if (message && !parsed.success) expect(parsed.error.issues.map((issue) => issue.message).join(' ')).toContain(message);
  });

  it('reads a top-level comment as having no parent', () => {
    expect(postCommentSchema.parse({ reviewId: '4', parentId: '', body: 'Hi' })).toEqual({
      reviewId: 4,
      parentId: undefined,
      body: 'Hi',
    });
  });
});

describe('editCommentSchema', () => {
  it('coerces the id and keeps the body as typed, trimmed as it was measured', () => {
    expect(editCommentSchema.parse({ commentId: '9', body: ' *Fixed* ' })).toEqual({ commentId: 9, body: '*Fixed*' });
    expect(editCommentSchema.parse({ commentId: '9', body: `\n${'x'.repeat(10_000)}  ` }).body).toHaveLength(10_000);
  });
});

describe('comment body shape', () => {
  it.each([
    [
      'a list of a thousand and one items',
      '- a\n'.repeat(1_001),
      'Your comment has more than 1,000 list items. Join some of them into paragraphs.',
    ],
    [
      'quotes nine deep',
      `${'>'.repeat(9)} deep`,
      'Your comment puts lists or quotes more than 8 levels inside one another. Bring some of them out a level.',
    ],
  ])('refuses %s, saying why', (_name, body, message) => {
    const result = postCommentSchema.safeParse({ reviewId: '4', body });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
    expect(editCommentSchema.safeParse({ commentId: '4', body }).success).toBe(false);
  });

  it('accepts a comment with an ordinary list and quote', () => {
    expect(postCommentSchema.safeParse({ reviewId: '4', body: '> You said\n\n- one\n- two\n  - two and a half' }).success).toBe(
      true,
    );
  });
});
