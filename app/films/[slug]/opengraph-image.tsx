import { ImageResponse } from 'next/og';

import { OG_SIZE, ShareImage } from '@/components/og/share-image';
import { countryName } from '@/components/ui/country';
import { getFilmImageData } from '@/lib/og/queries';
import { posterDataUrl } from '@/lib/og/poster';
import { ogText } from '@/lib/og/text';

export const alt = 'A film on Verdict';
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function FilmImage({ params }: { params: Promise<{ slug: string }> }) {
  const film = await getFilmImageData((await params).slug);
  if (!film) {
    return new ImageResponse(
      <ShareImage poster={null} eyebrow="Verdict" title="Film not found" subtitle="Film reviews worth reading" />,
      {
        ...OG_SIZE,
        status: 404,
      },
    );
  }
  const original = ogText(film.originalTitle);
  return new ImageResponse(
    <ShareImage
      poster={await posterDataUrl(film.posterPath)}
      eyebrow="Film"
      title={ogText(film.title) || 'Untitled'}
      subtitle={[original && original !== film.title ? original : null, String(film.year), ogText(countryName(film.country))]
        .filter(Boolean)
        .join(' · ')}
      byline="Reviews, versions and remakes"
    />,
    OG_SIZE,
  );
}
