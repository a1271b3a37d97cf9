import { atomResponse, filmReviewsFeed } from '@/lib/feeds/reviews';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return atomResponse(await filmReviewsFeed((await params).slug));
}
