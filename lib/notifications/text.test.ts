import { describe, expect, it } from 'vitest';

import { describeNotification } from './text';
import type { NotificationItem } from './types';

const base: NotificationItem = {
  id: 1,
  kind: 'badge',
  createdAt: new Date(0),
  read: false,
  actor: null,
  review: null,
  commentId: null,
  payload: {},
};

describe('describeNotification', () => {
  it.each([
    [
      { ...base, payload: { badges: [{ key: 'upvotes-received', tier: 100 }] } },
      [
        'Congratulations @jiwoo! You have completed the following achievement: You received more than 100 upvotes. Your next target is to reach 200 upvotes.',
      ],
      '/u/jiwoo/badges',
    ],
    [
      {
        ...base,
        payload: {
          badges: [
            { key: 'reviews-published', tier: 1 },
            { key: 'first-verdict', tier: 1 },
          ],
        },
      },
      [
        'Congratulations @jiwoo! You have completed the following achievements:',
        'You published your first review. Your next target is to reach 5 reviews.',
        'You wrote the first review of a film on Verdict.',
      ],
      '/u/jiwoo/badges',
    ],
    [
      { ...base, kind: 'milestone' as const, review: { id: 7, title: 'A quiet miracle' }, payload: { upvotes: 1000 } },
      ['Your review “A quiet miracle” reached 1,000 upvotes.'],
      '/reviews/7',
    ],
    [
      {
        ...base,
        kind: 'reply' as const,
        actor: { handle: 'min', displayName: 'Min' },
        review: { id: 7, title: 'T' },
        commentId: 9,
      },
      ['Min replied to you on “T”.'],
      '/reviews/7/comments/9#comment-9',
    ],
    [
      { ...base, kind: 'mention' as const, actor: null, review: { id: 7, title: 'T' }, commentId: 9 },
      ['A former member mentioned you in a comment on “T”.'],
      '/reviews/7/comments/9#comment-9',
    ],
    // The review was deleted since: the notice does not name it.
    [
      { ...base, kind: 'milestone' as const, payload: { upvotes: 10 } },
      ['A review you have since deleted reached 10 upvotes.'],
      '/',
    ],
    [
      { ...base, kind: 'reply' as const, actor: { handle: 'min', displayName: 'Min' }, commentId: 9 },
      ['Min replied to you on a review that has since been deleted.'],
      '/',
    ],
    [
      { ...base, kind: 'mention' as const, actor: null, commentId: 9 },
      ['A former member mentioned you in a comment on a review that has since been deleted.'],
      '/',
    ],
    [
      { ...base, kind: 'follow' as const, actor: { handle: 'min', displayName: 'Min' } },
      ['Min started following you.'],
      '/u/min',
    ],
  ])('%#', (item, lines, href) => {
    expect(describeNotification(item, 'jiwoo')).toEqual({ lines, href });
  });
});
