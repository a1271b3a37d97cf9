import { describe, expect, it } from 'vitest';

import { compareReplies, compareRoots } from './sort';
import { orderThread } from './tree';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

describe('orderThread', () => {
  it.each([
    {
      name: 'replies follow their parent, siblings oldest first',
      input: [
        { id: 1, parentId: null, createdAt: at(0), upvoteCount: 0 },
        { id: 9, parentId: 1, createdAt: at(5), upvoteCount: 0 },
        { id: 100, parentId: 1, createdAt: at(2), upvoteCount: 0 },
        { id: 2, parentId: null, createdAt: at(1), upvoteCount: 0 },
        { id: 101, parentId: 100, createdAt: at(3), upvoteCount: 0 },
      ],
      expected: [1, 100, 101, 9, 2],
    },
    {
      name: 'an orphan (parent outside the page) becomes a root',
      input: [
        { id: 7, parentId: 3, createdAt: at(4), upvoteCount: 0 },
        { id: 5, parentId: null, createdAt: at(1), upvoteCount: 0 },
      ],
      expected: [5, 7],
    },
    {
      name: 'equal times fall back to id',
      input: [
        { id: 4, parentId: null, createdAt: at(1), upvoteCount: 0 },
        { id: 3, parentId: null, createdAt: at(1), upvoteCount: 0 },
      ],
      expected: [3, 4],
    },
    { name: 'empty', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(orderThread(input).map((comment) => comment.id)).toEqual(expected);
  });

  it('orders top-level comments and replies each by their own rule', () => {
    const input = [
      { id: 1, parentId: null, createdAt: at(0), upvoteCount: 1 },
      { id: 2, parentId: null, createdAt: at(1), upvoteCount: 5 },
      { id: 3, parentId: 2, createdAt: at(2), upvoteCount: 0 },
      { id: 4, parentId: 2, createdAt: at(3), upvoteCount: 2 },
      { id: 5, parentId: 2, createdAt: at(4), upvoteCount: 0 },
    ];
    const ordered = orderThread(input, compareReplies.top, compareRoots.top);
    expect(ordered.map((comment) => comment.id)).toEqual([2, 4, 3, 5, 1]);
    expect(orderThread(input, compareReplies.new, compareRoots.new).map((comment) => comment.id)).toEqual([2, 5, 4, 3, 1]);
  });
});
