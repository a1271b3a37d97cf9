/** Reads a key the data refers to, failing loudly on a typo instead of writing a null. */
export function required<V>(map: ReadonlyMap<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to an unknown ${what}: "${key}"`);
  return value;
}
