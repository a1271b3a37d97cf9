import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { RevisionTimeline, SpoilersShownNote } from '@/components/review/revision-history';
import { getReviewHistory, KEPT_LATEST_VERSIONS } from '@/lib/reviews/history-queries';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { parseRecordId } from '@/lib/validation/params';
import { recordIdOrNotFound } from '@/lib/validation/route-params';

type Params = Promise<{ id: string }>;

const history = cache(async (rawId: string, rawBefore: string | undefined) =>
  // A `before` that is not a version shows the newest page rather than an error.
  getReviewHistory(recordIdOrNotFound(rawId), { before: parseRecordId(rawBefore) ?? undefined }),
);

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const found = await history((await params).id, firstParam((await searchParams).before));
  if (!found) return { title: 'Review not found', robots: { index: false } };
  const { review } = found;
  const title = `History of “${review.title}”`;
  const description = `Every saved version of ${review.authorName}’s review of ${review.filmTitle} (${review.filmYear}), with what changed each time.`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/reviews/${review.id}/history` },
    alternates: { canonical: `/reviews/${review.id}/history` },
    robots: { index: false },
  };
}

export default async function ReviewHistoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const before = firstParam((await searchParams).before);
  const found = await history((await params).id, before);
  if (!found) notFound();
  const { review, revisions, olderBefore } = found;
  const path = `/reviews/${review.id}/history`;
  const versions = review.versionCount === 1 ? '1 version' : `${review.versionCount.toLocaleString('en')} versions`;
  const folded = review.versionCount < review.latestVersion;
  const newestShown = revisions[0]?.version === review.latestVersion;

  return (
    <PageShell narrow>
      <header>
        <Link
          href={`/reviews/${review.id}`}
          className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-muted underline-offset-4 hover:text-ink hover:underline"
        >
          <span aria-hidden="true">←</span> Back to the review
        </Link>
        <h1 className="mt-4 font-serif text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl">
          History of “{review.title}”
        </h1>
        <p className="mt-3 text-ink-muted">
          {versions} of{' '}
          <Link href={`/u/${review.authorHandle}`} className="font-medium text-ink underline-offset-4 hover:underline">
            {review.authorName}
          </Link>
          ’s review of {review.filmTitle} ({review.filmYear}), newest first.
          {folded ? ` The first version and the latest ${KEPT_LATEST_VERSIONS} are kept.` : null}
        </p>
        {revisions.some((revision) => revision.showsSpoilers) ? <SpoilersShownNote /> : null}
        {!newestShown ? (
          <p className="mt-5">
            <Link href={path} className="text-sm font-medium text-ink underline underline-offset-4">
              Newest versions
            </Link>
          </p>
        ) : null}
      </header>

      <RevisionTimeline reviewId={review.id} revisions={revisions} latestVersion={review.latestVersion} />
      {olderBefore !== null ? <MoreLink href={`${path}?before=${olderBefore}`}>Older versions</MoreLink> : null}
    </PageShell>
  );
}
