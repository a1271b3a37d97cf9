import { describe, expect, it, vi } from 'vitest';

import { memoizeText, memoizeTextAsync } from './memo';

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

describe('memoizeTextAsync', () => {
  const size = (value: string) => value.length;

  it('computes a text once, even when it is asked for again before the first answer', async () => {
    const compute = vi.fn(async (source: string) => ({ value: source.toUpperCase(), remember: true }));
    const shout = memoizeTextAsync(compute, { size });
    await expect(Promise.all([shout('verdict'), shout('verdict')])).resolves.toEqual(['VERDICT', 'VERDICT']);
    await expect(shout('verdict')).resolves.toBe('VERDICT');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('asks again for a value it was told not to remember', async () => {
    const compute = vi.fn(async (source: string) => ({ value: source, remember: false }));
    const same = memoizeTextAsync(compute, { size });
    await same('busy');
    await same('busy');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('forgets a computation that failed, so the next request tries again', async () => {
    const compute = vi.fn().mockRejectedValueOnce(new Error('worker gone')).mockResolvedValue({ value: 'ok', remember: true });
    const flaky = memoizeTextAsync(compute, { size });
    await expect(flaky('text')).rejects.toThrow('worker gone');
    await expect(flaky('text')).resolves.toBe('ok');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('lets the least recently used texts go once the budget is spent', async () => {
    const compute = vi.fn(async (source: string) => ({ value: source, remember: true }));
    const same = memoizeTextAsync(compute, { size, budget: 40 });
    await same('aaaaaaaaaa');
    await same('bbbbbbbbbb');
    await same('cccccccccc');
    await same('aaaaaaaaaa');
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
