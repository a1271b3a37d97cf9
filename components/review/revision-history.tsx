import Link from 'next/link';

import { RevisionChanges } from '@/components/review/revision-diff';
import { Chip, SpoilerIcon } from '@/components/ui/chip';
import { cx } from '@/components/ui/cx';
import { TimeAgo } from '@/components/ui/time-ago';
import type { RevisionView } from '@/lib/reviews/history-queries';

/** Said above any history that shows spoiler markup: versions are shown as written. */
export function SpoilersShownNote() {
  return (
    <p
      role="note"
      className="mt-5 flex items-start gap-3 rounded-xl border border-warning-line bg-warning-soft px-4 py-3 text-[0.9375rem] text-warning-ink"
    >
      <SpoilerIcon className="mt-0.5 size-5 flex-none" />
      <span>
        <strong className="font-semibold">Spoilers are not hidden here.</strong> Versions are shown as they were written, spoiler
        markup and all.
      </span>
    </p>
  );
}

/** A timeline of versions, newest first; the current one is marked. */
export function RevisionTimeline({
  reviewId,
  revisions,
  latestVersion,
}: {
  reviewId: number;
  revisions: RevisionView[];
  latestVersion: number;
}) {
  return (
    <ol className="mt-10 border-l-2 border-line">
      {revisions.map((revision) => {
        const current = revision.version === latestVersion;
        return (
          <li key={revision.version} className="relative pb-12 pl-6 last:pb-0 sm:pl-8">
            <span
              aria-hidden="true"
              className={cx(
                'absolute top-2.5 -left-[7px] size-3 rounded-full ring-4 ring-paper',
                current ? 'bg-accent' : 'bg-line-strong',
              )}
            />
            <Version reviewId={reviewId} revision={revision} current={current} />
          </li>
        );
      })}
    </ol>
  );
}

function Version({ reviewId, revision, current }: { reviewId: number; revision: RevisionView; current: boolean }) {
  const headingId = `version-${revision.version}`;
  const { changes } = revision;
  const folded = changes && changes.since < revision.version - 1;
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

      {changes ? (
        <>
          {folded ? (
            <p className="mt-3 text-sm text-ink-muted">
              Changes since version {changes.since}: the versions in between are no longer kept.
            </p>
          ) : null}
          <RevisionChanges changes={changes} className="mt-4" />
        </>
      ) : (
        <p className="mt-3 text-ink">First published.</p>
      )}

      <p className="mt-5">
        <Link
          href={`/reviews/${reviewId}/history/${revision.version}`}
          prefetch={false}
          className="text-sm font-medium text-ink-muted underline underline-offset-4 hover:text-ink"
        >
          Full text of version {revision.version}
        </Link>
      </p>
    </article>
  );
}
