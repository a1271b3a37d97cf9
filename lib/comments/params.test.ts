import { describe, expect, it } from 'vitest';

import { postedCommentLocation, threadReturnPath } from './params';

describe('threadReturnPath', () => {
  it.each([
    { value: '/reviews/7', expected: '/reviews/7' },
    { value: '/reviews/7?comments=new&reply=1', expected: '/reviews/7?comments=new' },
    { value: '/reviews/7/comments/12?edit=1#edit', expected: '/reviews/7/comments/12' },
    { value: '/reviews/8', expected: '/reviews/7' },
    { value: 'https://evil.example/reviews/7', expected: '/reviews/7' },
    { value: '//evil.example/reviews/7', expected: '/reviews/7' },
    { value: '/reviews/7/delete', expected: '/reviews/7' },
    { value: undefined, expected: '/reviews/7' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(threadReturnPath(7, value)).toBe(expected);
  });
});

describe('postedCommentLocation', () => {
  const comment = (path: string, parentId: number | null) => ({
    id: Number(path.split('.').at(-1)),
    reviewId: 7,
    parentId,
    path,
    depth: path.split('.').length - 1,
  });

  it.each([
    {
      name: 'a top-level comment, on the first page',
      returnTo: '/reviews/7?comments=old&after=3',
      c: comment('9', null),
      expected: '/reviews/7?comments=old#comment-9',
    },
    {
      name: 'a visible reply stays on the thread',
      returnTo: '/reviews/7?reply=1',
      c: comment('1.2.3', 2),
      expected: '/reviews/7#comment-3',
    },
    {
      name: 'a reply too deep for the thread opens its parent',
      returnTo: '/reviews/7',
      c: comment('1.2.3.4.5.6.7.8', 7),
      expected: '/reviews/7/comments/7#comment-8',
    },
    {
      name: 'a visible reply on a permalink stays there',
      returnTo: '/reviews/7/comments/3?reply=1',
      c: comment('1.2.3.4.5', 4),
      expected: '/reviews/7/comments/3#comment-5',
    },
    {
      name: 'too deep for the permalink',
      returnTo: '/reviews/7/comments/2',
      c: comment('1.2.3.4.5.6.7.8.9', 8),
      expected: '/reviews/7/comments/8#comment-9',
    },
  ])('$name', ({ returnTo, c, expected }) => {
    expect(postedCommentLocation(returnTo, c)).toBe(expected);
  });
});
