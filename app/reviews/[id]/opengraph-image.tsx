import { ImageResponse } from 'next/og';

import { OG_SIZE, ShareImage } from '@/components/og/share-image';
import { getReviewImageData } from '@/lib/og/queries';
import { posterDataUrl } from '@/lib/og/poster';
import { ogText } from '@/lib/og/text';
import { parseRecordId } from '@/lib/validation/params';

export const alt = 'A film review on Verdict';
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function ReviewImage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const reviewId = parseRecordId(id);
  const review = reviewId === null ? null : await getReviewImageData(reviewId);
  if (!review) {
    return new ImageResponse(
      <ShareImage poster={null} eyebrow="Verdict" title="Review not found" subtitle="Film reviews worth reading" />,
      {
        ...OG_SIZE,
        status: 404,
      },
    );
  }
  return new ImageResponse(
    <ShareImage
      poster={await posterDataUrl(review.film.posterPath)}
      eyebrow={`Review of ${ogText(review.film.title, 60)} (${review.film.year})`}
      title={ogText(review.title) || 'A review'}
      rating={review.rating}
      byline={`by ${ogText(review.authorName, 50) || `@${review.authorHandle}`}`}
    />,
    OG_SIZE,
  );
}
