import { atomResponse, latestReviewsFeed } from '@/lib/atom/reviews';
import { siteUrl } from '@/lib/seo/site-url';

export const dynamic = 'force-dynamic';

export async function GET() {
  return atomResponse(await latestReviewsFeed(await siteUrl()));
}
