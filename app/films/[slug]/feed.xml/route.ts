import { atomResponse, filmReviewsFeed } from '@/lib/atom/reviews';
import { siteUrl } from '@/lib/seo/site-url';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return atomResponse(await filmReviewsFeed(await siteUrl(), (await params).slug));
}
