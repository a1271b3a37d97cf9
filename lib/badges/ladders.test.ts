import { describe, expect, it } from 'vitest';

import { badgeSentence, isThreshold, LADDERS, ladder, nextTier, progressLabel, tiersReached, tierTitle } from './ladders';

const get = (key: string) => {
  const found = ladder(key);
  if (!found) throw new Error(`no ladder ${key}`);
  return found;
};

describe('ladders', () => {
  it.each([
    ['upvotes-received', [10, 50, 100, 200, 500, 1000, 2000, 5000, 10000]],
    ['upvotes-given', [10, 50, 100, 200, 500, 1000]],
    ['reviews-published', [1, 5, 10, 25, 50, 100, 250]],
    ['comments-posted', [1, 10, 50, 100, 500]],
    ['replies-received', [10, 50, 100, 500]],
    ['first-verdict', [1]],
    ['long-read', [1]],
    ['remake-critic', [1]],
    ['globetrotter', [5, 10, 20]],
    ['anniversary', [1, 2, 5]],
  ])('%s has the tiers %j', (key, tiers) => {
    expect(get(key).tiers).toEqual(tiers);
  });

  it('has unique keys and rising tiers', () => {
    expect(new Set(LADDERS.map((l) => l.key)).size).toBe(LADDERS.length);
    for (const l of LADDERS) expect([...l.tiers].sort((a, b) => a - b)).toEqual(l.tiers);
  });

  it.each([
    ['upvotes-received', 100, 'You received more than 100 upvotes. Your next target is to reach 200 upvotes.'],
    ['upvotes-received', 5000, 'You received more than 5,000 upvotes. Your next target is to reach 10,000 upvotes.'],
    ['upvotes-received', 10000, 'You received more than 10,000 upvotes.'],
    ['upvotes-given', 10, 'You gave more than 10 upvotes. Your next target is to reach 50 upvotes.'],
    ['reviews-published', 1, 'You published your first review. Your next target is to reach 5 reviews.'],
    ['reviews-published', 250, 'You published 250 reviews.'],
    ['comments-posted', 1, 'You posted your first comment. Your next target is to reach 10 comments.'],
    ['replies-received', 10, 'You received more than 10 replies. Your next target is to reach 50 replies.'],
    ['globetrotter', 5, 'You reviewed films from 5 countries. Your next target is to reach 10 countries.'],
    ['anniversary', 1, 'You have been a member of Verdict for a year. Your next target is to reach 2 years.'],
    ['anniversary', 5, 'You have been a member of Verdict for 5 years.'],
    ['first-verdict', 1, 'You wrote the first review of a film on Verdict.'],
    ['long-read', 1, 'You wrote a review of more than 1,000 words that earned 10 upvotes.'],
    ['remake-critic', 1, 'You reviewed two versions of the same film.'],
  ])('%s at %d says "%s"', (key, tier, sentence) => {
    expect(badgeSentence(get(key), tier)).toBe(sentence);
  });

  it.each([
    [0, [], 10],
    [9, [], 10],
    [10, [10], 50],
    [150, [10, 50, 100], 200],
    [20000, [10, 50, 100, 200, 500, 1000, 2000, 5000, 10000], undefined],
  ])('a count of %d reaches %j, next %s', (count, reached, next) => {
    const received = get('upvotes-received');
    expect(tiersReached(received, count)).toEqual(reached);
    expect(nextTier(received, reached.at(-1) ?? 0)).toBe(next);
  });

  it.each([
    ['upvotes-received', 100, true],
    ['upvotes-received', 101, false],
    ['upvotes-given', 1000, true],
    ['upvotes-given', 2000, false],
  ] as const)('isThreshold(%s, %d) is %s', (count, value, expected) => {
    expect(isThreshold(count, value)).toBe(expected);
  });

  it('labels progress and tiers', () => {
    expect(progressLabel(get('upvotes-received'), 73, 100)).toBe('73 / 100 upvotes received');
    expect(tierTitle(get('upvotes-received'), 1000)).toBe('Upvotes received · 1,000');
    expect(tierTitle(get('long-read'), 1)).toBe('Long read');
  });
});
