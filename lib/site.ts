/** Facts about the site itself, shared by metadata, feeds and share links. */
export const SITE_NAME = 'Verdict';
export const SITE_DESCRIPTION =
  'Verdict is a community of film lovers writing long-form reviews: honest ratings, spoilers kept hidden, and every version of a film side by side.';

/** The public origin, for absolute URLs in Open Graph tags. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? process.env.AUTH_URL ?? 'http://localhost:3000');
}
