import type { MetadataRoute } from 'next';

import { listSitemapPaths } from '@/lib/seo/queries';
import { siteUrl } from '@/lib/seo/site-url';

// Read at request time: the build has no database, and the catalogue changes.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [paths, origin] = await Promise.all([listSitemapPaths(), siteUrl()]);
  const url = (path: string) => new URL(path, origin).toString();
  return [
    { url: url('/'), changeFrequency: 'hourly', priority: 1 },
    { url: url('/films'), changeFrequency: 'daily', priority: 0.8 },
    ...paths.films.map((film) => ({
      url: url(film.path),
      lastModified: film.lastModified,
      changeFrequency: 'daily' as const,
      priority: 0.8,
    })),
    ...paths.reviews.map((review) => ({
      url: url(review.path),
      lastModified: review.lastModified,
      changeFrequency: 'weekly' as const,
      priority: 0.6,
    })),
    ...paths.members.map((member) => ({
      url: url(member.path),
      lastModified: member.lastModified,
      changeFrequency: 'weekly' as const,
      priority: 0.4,
    })),
  ];
}
