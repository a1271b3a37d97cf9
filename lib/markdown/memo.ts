import { LRUCache } from 'lru-cache';

/** Characters of source and result each memo keeps, in all: a few megabytes at most. */
const DEFAULT_BUDGET = 8_000_000;

const sizeOf = (value: unknown) => (typeof value === 'string' ? value.length : 16);

/**
 * Remembers a pure function of a text by the text itself, least recently
 * used first out once `budget` characters (keys and values together) are
 * held. Content-addressed, so it needs no invalidation and is right in
 * every process of a deployment without sharing anything: an edit is a new
 * text, and the old one simply ages out.
 */
export function memoizeText<T extends NonNullable<unknown>>(
  compute: (source: string) => T,
  budget = DEFAULT_BUDGET,
): (source: string) => T {
  const memo = new LRUCache<string, T>({
    maxSize: budget,
    sizeCalculation: (value, key) => Math.max(1, sizeOf(value) + key.length),
  });
  return (source) => {
    const known = memo.get(source);
    if (known !== undefined) return known;
    const computed = compute(source);
    // Larger than the whole budget: computed each time rather than evicting everything else.
    if (sizeOf(computed) + source.length <= budget) memo.set(source, computed);
    return computed;
  };
}

/** A computed value, and whether the text will always give it (a refusal for being busy will not). */
export interface Settled<T> {
  value: T;
  remember: boolean;
}

/**
 * `memoizeText` for work done elsewhere (the render worker): a text asked
 * for again while its first computation is still running waits for that one
 * instead of starting another, and only a value marked `remember` is kept.
 * `size` says how many characters a value holds.
 */
export function memoizeTextAsync<T extends NonNullable<unknown>>(
  compute: (source: string) => Promise<Settled<T>>,
  { budget = DEFAULT_BUDGET, size }: { budget?: number; size: (value: T) => number },
): (source: string) => Promise<T> {
  const memo = new LRUCache<string, T>({
    maxSize: budget,
    sizeCalculation: (value, key) => Math.max(1, size(value) + key.length),
  });
  const running = new Map<string, Promise<T>>();
  return async (source) => {
    const known = memo.get(source) ?? running.get(source);
    if (known !== undefined) return known;
    const computing = compute(source).then(({ value, remember }) => {
      if (remember && size(value) + source.length <= budget) memo.set(source, value);
      return value;
    });
    running.set(source, computing);
    try {
      return await computing;
    } finally {
      running.delete(source);
    }
  };
}
