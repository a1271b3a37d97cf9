import type { MetadataRoute } from 'next';

import { siteUrl } from '@/lib/seo/site-url';

// The sitemap's address comes from SITE_URL, or the request, at run time: not at build time.
export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/settings', '/notifications', '/api/'] },
    sitemap: new URL('/sitemap.xml', await siteUrl()).toString(),
  };
}
