/**
 * `--name=value` options of the benchmark scripts. A value that is not a
 * positive number stops the script with a message instead of running a
 * benchmark with NaN seconds.
 */
export function numberOption(name: string, fallback: number): number {
  const prefix = `--${name}=`;
  const raw = process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${raw}"`);
  return value;
}
