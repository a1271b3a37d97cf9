/** Facts about the site itself, shared by metadata, feeds and share links. */
export const SITE_NAME = 'Verdict';
export const SITE_DESCRIPTION =
  'Verdict is a community of film lovers writing long-form reviews: honest ratings, spoilers kept hidden, and every version of a film side by side.';

/** Where absolute URLs point when nothing says otherwise: a development machine. */
export const FALLBACK_SITE_URL = 'http://localhost:3000';

/** A bare host with an optional port: a name, an IPv4 address or a bracketed IPv6 one. Nothing else is echoed into a page. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

export interface SiteUrlSources {
  /** SITE_URL, then AUTH_URL: set, they always win. */
  siteUrl?: string;
  authUrl?: string;
  /** The request's headers, when there is a request. */
  request?: Pick<Headers, 'get'> | null;
  /**
   * Whether X-Forwarded-Host and X-Forwarded-Proto are believed: only behind
   * proxies Verdict trusts (TRUSTED_PROXY_HOPS ≥ 1), the same rule as the
   * client's address. Without them the Host header is the origin, over http.
   */
  trustForwarded?: boolean;
}

/**
 * The public origin for absolute URLs: Open Graph tags, feeds, the sitemap,
 * robots.txt and share links. SITE_URL (or AUTH_URL) pins it, and production
 * should set it. Unset, the origin the request was sent to is used, so a site
 * run anywhere but localhost:3000 does not hand out links to localhost:3000.
 */
export function resolveSiteUrl(sources: SiteUrlSources): URL {
  const configured = sources.siteUrl?.trim() || sources.authUrl?.trim();
  if (configured) return new URL(configured);

  const first = (name: string) => sources.request?.get(name)?.split(',')[0]?.trim() || undefined;
  const forwardedHost = sources.trustForwarded ? first('x-forwarded-host') : undefined;
  const host = [forwardedHost, first('host')].find((candidate) => candidate !== undefined && HOST.test(candidate));
  if (!host) return new URL(FALLBACK_SITE_URL);
  const forwardedProto = sources.trustForwarded ? first('x-forwarded-proto')?.toLowerCase() : undefined;
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  return new URL(`${protocol}://${host.toLowerCase()}`);
}
