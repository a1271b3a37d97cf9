import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { PageShell } from '@/components/page/page-shell';
import { RevisionChanges } from '@/components/review/revision-diff';
import { Chip, SpoilerIcon } from '@/components/ui/chip';
import { cx } from '@/components/ui/cx';
import { halfStarsLabel } from '@/components/ui/rating-input';
import { TimeAgo } from '@/components/ui/time-ago';
import { getReviewHistory, type RevisionView } from '@/lib/reviews/history';

type Params = Promise<{ id: string }>;

/** Ids in URLs are positive integers that fit PostgreSQL's integer; anything else is simply not found. */
function reviewId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

const history = cache(async (raw: string) => {
  const id = reviewId(raw);
  return id === null ? null : getReviewHistory(id);
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await history((await params).id);
  if (!found) return { title: 'Review not found', robots: { index: false } };
  const { review } = found;
  const title = `History of “${review.title}”`;
  const description = `Every saved version of ${review.authorName}’s review of ${review.filmTitle} (${review.filmYear}), with what changed each time.`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/reviews/${review.id}/history` },
    robots: { index: false },
  };
}

/** Spoiler syntax in the source: the history shows text as written, so those parts are not hidden. */
const SPOILER_SYNTAX = /(>!|:::\s*spoiler)/i;

export default async function ReviewHistoryPage({ params }: { params: Params }) {
  const found = await history((await params).id);
  if (!found) notFound();
  const { review, revisions } = found;
  const spoilery = revisions.some((revision) => revision.containsSpoilers || SPOILER_SYNTAX.test(revision.body));
  const versions = revisions.length === 1 ? '1 version' : `${revisions.length} versions`;

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
        </p>
        {spoilery ? (
          <p
            role="note"
            className="mt-5 flex items-start gap-3 rounded-xl border border-warning-line bg-warning-soft px-4 py-3 text-[0.9375rem] text-warning-ink"
          >
            <SpoilerIcon className="mt-0.5 size-5 flex-none" />
            <span>
              <strong className="font-semibold">Spoilers are not hidden here.</strong> Versions are shown as they were
              written, spoiler markup and all.
            </span>
          </p>
        ) : null}
      </header>

      <ol className="mt-10 border-l-2 border-line">
        {revisions.map((revision, index) => (
          <li key={revision.version} className="relative pb-12 pl-6 last:pb-0 sm:pl-8">
            <span
              aria-hidden="true"
              className={cx('absolute top-2.5 -left-[7px] size-3 rounded-full ring-4 ring-paper', index === 0 ? 'bg-accent' : 'bg-line-strong')}
            />
            <Version revision={revision} current={index === 0} />
          </li>
        ))}
      </ol>
    </PageShell>
  );
}

function Version({ revision, current }: { revision: RevisionView; current: boolean }) {
  const headingId = `version-${revision.version}`;
  return (
    <article aria-labelledby={headingId}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="font-serif text-2xl font-semibold text-ink">
          Version {revision.version}
        </h2>
        <span className="text-sm text-ink-muted">
          <TimeAgo date={revision.savedAt} prefix="saved" />
        </span>
        {current ? <Chip tone="accent">Current</Chip> : null}
      </header>

      {revision.changes ? (
        <RevisionChanges changes={revision.changes} className="mt-4" />
      ) : (
        <p className="mt-3 text-ink">First published.</p>
      )}

      <details className="group mt-5 rounded-lg border border-line bg-surface">
        <summary className="cursor-pointer rounded-lg px-4 py-2.5 text-sm font-medium text-ink-muted hover:text-ink">
          Full text of version {revision.version}
        </summary>
        <div className="border-t border-line px-4 py-4 sm:px-5">
          <p className="font-serif text-lg leading-snug font-semibold text-ink">{revision.title}</p>
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
      </details>
    </article>
  );
}
