const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/**
 * The URL a member's link may point to, or null to drop the link: http(s),
 * mailto, or relative. The scheme is read the way a browser reads it (tabs
 * and newlines removed, leading control characters and spaces trimmed) and
 * lower-cased, so `JaVaScRiPt:` or `java&#x09;script:` is recognised.
 */
export function safeLinkUrl(url: string): string | null {
  return withScheme(url, (scheme) => scheme === null || LINK_SCHEMES.has(scheme));
}

/** Where an image's link may point: images become links, and only to http(s) URLs. */
export function safeImageUrl(url: string): string | null {
  return withScheme(url, (scheme) => scheme !== null && IMAGE_SCHEMES.has(scheme));
}

function withScheme(url: string, allowed: (scheme: string | null) => boolean): string | null {
  // Browsers ignore these around and inside a scheme, so the check must too.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([^:/?#]*):/.exec(cleaned);
  if (!match) return allowed(null) ? cleaned : null;
  const scheme = (match[1] ?? '').toLowerCase();
  return allowed(scheme) ? scheme + cleaned.slice(scheme.length) : null;
}
