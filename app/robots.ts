import type { MetadataRoute } from 'next';

import { siteUrl } from '@/lib/site';

// The sitemap's address comes from SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/settings', '/notifications', '/api/'] },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
