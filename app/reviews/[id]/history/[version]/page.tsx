import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { PageShell } from '@/components/page/page-shell';
import { SpoilersShownNote } from '@/components/review/revision-history';
import { Chip, SpoilerIcon } from '@/components/ui/chip';
import { halfStarsLabel } from '@/components/ui/rating-input';
import { TimeAgo } from '@/components/ui/time-ago';
import { getReviewVersion } from '@/lib/reviews/history-queries';
import { recordIdOrNotFound } from '@/lib/validation/route-params';

type Params = Promise<{ id: string; version: string }>;

const version = cache(async (rawId: string, rawVersion: string) =>
  getReviewVersion(recordIdOrNotFound(rawId), recordIdOrNotFound(rawVersion)),
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, version: number } = await params;
  const found = await version(id, number);
  if (!found) return { title: 'Version not found', robots: { index: false } };
  const { review, revision } = found;
  const title = `Version ${revision.version} of “${review.title}”`;
  const description = `${review.authorName}’s review of ${review.filmTitle} (${review.filmYear}) as saved in version ${revision.version}.`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/reviews/${review.id}/history/${revision.version}` },
    robots: { index: false },
  };
}

/** One kept version of a review in full, as written: the history lists only what changed. */
export default async function ReviewVersionPage({ params }: { params: Params }) {
  const { id, version: number } = await params;
  const found = await version(id, number);
  if (!found) notFound();
  const { review, revision } = found;
  const headingId = `version-${revision.version}`;

  return (
    <PageShell narrow>
      <Link
        href={`/reviews/${review.id}/history`}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-muted underline-offset-4 hover:text-ink hover:underline"
      >
        <span aria-hidden="true">←</span> Back to the history
      </Link>
      <article aria-labelledby={headingId} className="mt-4">
        <header>
          <h1 id={headingId} className="font-serif text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl">
            Version {revision.version}
          </h1>
          <p className="mt-3 text-ink-muted">
            Of {review.authorName}’s review of {review.filmTitle} ({review.filmYear}),{' '}
            <TimeAgo date={revision.savedAt} prefix="saved" />.
          </p>
          {revision.showsSpoilers ? <SpoilersShownNote /> : null}
        </header>
        <div className="mt-8 rounded-lg border border-line bg-surface px-4 py-4 sm:px-5">
          <h2 className="font-serif text-lg leading-snug font-semibold text-ink">{revision.title}</h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            <span>{halfStarsLabel(revision.rating)}</span>
            {revision.containsSpoilers ? (
              <Chip tone="warning" icon={<SpoilerIcon />}>
                Contains spoilers
              </Chip>
            ) : null}
          </p>
          <div className="mt-4 font-serif text-base leading-relaxed break-words whitespace-pre-wrap text-ink">
            {revision.body}
          </div>
        </div>
      </article>
    </PageShell>
  );
}
