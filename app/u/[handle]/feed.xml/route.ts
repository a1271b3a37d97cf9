import { atomResponse, memberReviewsFeed } from '@/lib/atom/reviews';
import { siteUrl } from '@/lib/seo/site-url';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  let decoded: string;
  try {
    decoded = decodeURIComponent(handle);
  } catch {
    return atomResponse(null);
  }
  return atomResponse(await memberReviewsFeed(await siteUrl(), decoded));
}
