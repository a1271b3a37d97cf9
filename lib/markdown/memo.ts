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
export function memoizeText<T extends NonNullable<unknown>>(compute: (source: string) => T, budget = DEFAULT_BUDGET): (source: string) => T {
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
