import { describe, expect, it, vi } from 'vitest';

import { memoizeText } from './memo';

describe('memoizeText', () => {
  it('computes a text once and answers it from memory afterwards', () => {
    const compute = vi.fn((source: string) => source.toUpperCase());
    const shout = memoizeText(compute);
    expect(shout('verdict')).toBe('VERDICT');
    expect(shout('verdict')).toBe('VERDICT');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('treats a changed text as a new one', () => {
    const compute = vi.fn((source: string) => source.length);
    const length = memoizeText(compute);
    expect(length('a review')).toBe(8);
    expect(length('a review, edited')).toBe(16);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('lets the least recently used texts go once the budget is spent', () => {
    const compute = vi.fn((source: string) => source);
    // Each entry costs 2 × 10 characters: two fit in 40.
    const same = memoizeText(compute, 40);
    same('aaaaaaaaaa');
    same('bbbbbbbbbb');
    same('aaaaaaaaaa');
    same('cccccccccc');
    expect(compute).toHaveBeenCalledTimes(3);
    same('aaaaaaaaaa');
    expect(compute).toHaveBeenCalledTimes(3);
    same('bbbbbbbbbb');
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('never stores a result larger than the whole budget', () => {
    const compute = vi.fn((source: string) => source.repeat(10));
    const big = memoizeText(compute, 50);
    big('abcdef');
    big('abcdef');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
