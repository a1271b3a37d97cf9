import { atomResponse, latestReviewsFeed } from '@/lib/feeds/reviews';

export const dynamic = 'force-dynamic';

export async function GET() {
  return atomResponse(await latestReviewsFeed());
}
