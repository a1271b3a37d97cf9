/** Stands in for this site's origin while a path is resolved; never seen outside. */
const HERE = 'https://verdict.invalid';
/** Tabs and line breaks are dropped by browsers inside URLs (`/\t/evil` → `//evil`); backslashes read as slashes. */
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to send a browser after signing in, from a value anyone can write
 * into a link: a path on this site, or `/`. The value is resolved exactly
 * as a browser would resolve it against this site, and kept only if it
 * stays here; control characters, which browsers silently drop (and which
 * a Location header cannot carry), refuse it outright.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2_000 || UNSAFE.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
