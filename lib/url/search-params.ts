/**
 * The first value of a search parameter, or undefined. Next hands over
 * `?a=1&a=2` as an array; the first value wins, in every parser of a URL.
 */
export function firstParam(value: string | string[] | undefined): string | undefined;
export function firstParam(value: unknown): unknown;
export function firstParam(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** What a page's `searchParams` prop resolves to. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
