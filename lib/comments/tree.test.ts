import { describe, expect, it } from 'vitest';

import { orderThread } from './tree';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

describe('orderThread', () => {
  it.each([
    {
      name: 'replies follow their parent, siblings oldest first',
      input: [
        { id: 1, parentId: null, createdAt: at(0) },
        { id: 9, parentId: 1, createdAt: at(5) },
        { id: 100, parentId: 1, createdAt: at(2) },
        { id: 2, parentId: null, createdAt: at(1) },
        { id: 101, parentId: 100, createdAt: at(3) },
      ],
      expected: [1, 100, 101, 9, 2],
    },
    {
      name: 'an orphan (parent outside the page) becomes a root',
      input: [
        { id: 7, parentId: 3, createdAt: at(4) },
        { id: 5, parentId: null, createdAt: at(1) },
      ],
      expected: [5, 7],
    },
    {
      name: 'equal times fall back to id',
      input: [
        { id: 4, parentId: null, createdAt: at(1) },
        { id: 3, parentId: null, createdAt: at(1) },
      ],
      expected: [3, 4],
    },
    { name: 'empty', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(orderThread(input).map((comment) => comment.id)).toEqual(expected);
  });
});
