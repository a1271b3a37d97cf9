import type { ReactNode } from 'react';

import { cx } from '@/components/ui/cx';
import { halfStars, halfStarsLabel } from '@/components/ui/rating-input';
import type { BodyChange, BodyPart, RevisionChanges as Changes } from '@/lib/reviews/diff';

const count = new Intl.NumberFormat('en');

/**
 * What changed from one version of a review to the next: rating, spoiler
 * flag, then the title and the text as word diffs. Added words are `<ins>`,
 * removed ones `<del>`: underlined and struck through (never colour alone),
 * each with a visually hidden "added:"/"removed:" for screen readers, which
 * do not all announce the elements themselves.
 */
export function RevisionChanges({ changes, className }: { changes: Changes; className?: string }) {
  const facts: Array<{ key: string; text: ReactNode }> = [];
  if (changes.rating) {
    facts.push({
      key: 'rating',
      text: (
        <>
          Rating {halfStars(changes.rating.from)} <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span> {halfStarsLabel(changes.rating.to)}
        </>
      ),
    });
  }
  if (changes.containsSpoilers) {
    facts.push({ key: 'spoilers', text: changes.containsSpoilers.to ? 'Spoiler flag added' : 'Spoiler flag removed' });
  }

  if (facts.length === 0 && !changes.title && !changes.body) {
    return <p className={cx('text-ink-muted', className)}>Saved again without changes.</p>;
  }

  return (
    <div className={cx('space-y-5', className)}>
      {facts.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {facts.map((fact) => (
            <li key={fact.key} className="rounded-full border border-line bg-sunken px-3 py-1 text-sm font-medium text-ink">
              {fact.text}
            </li>
          ))}
        </ul>
      ) : null}
      {changes.title ? (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Title</h3>
          <p className="mt-1 font-serif text-lg leading-snug text-ink">
            <DiffText parts={changes.title} />
          </p>
        </div>
      ) : null}
      {changes.body ? (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Text</h3>
          <BodyChanges change={changes.body} />
        </div>
      ) : null}
    </div>
  );
}

function BodyChanges({ change }: { change: BodyChange }) {
  if (change.kind === 'rewritten') {
    return (
      <p className="mt-2 text-ink">
        The text was largely rewritten: {count.format(change.from)} characters <span aria-hidden="true">→</span>
        <span className="sr-only">became</span> {count.format(change.to)}.
      </p>
    );
  }
  return (
    <div className="mt-2 rounded-lg border border-line bg-surface px-4 py-3 font-serif text-base leading-relaxed break-words whitespace-pre-wrap text-ink sm:px-5 sm:py-4">
      <DiffText parts={change.parts} />
    </div>
  );
}

/**
 * A word diff as running text. Long unchanged stretches of a body were
 * stored as their edges around a skipped length (lib/reviews/diff.ts), so
 * one edited sentence in a long review is easy to find.
 */
function DiffText({ parts }: { parts: ReadonlyArray<BodyPart> }) {
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part.change}`;
        if (part.change === 'skipped') {
          return (
            <span
              key={key}
              className="mx-0.5 inline-block rounded bg-sunken px-1.5 font-sans text-xs leading-5 text-ink-muted not-italic"
            >
              … {count.format(part.length)} unchanged characters …
            </span>
          );
        }
        if (part.change === 'same') return <span key={key}>{part.text}</span>;
        const spoken = part.text.trim() !== '';
        if (part.change === 'added') {
          return (
            <ins
              key={key}
              className="rounded-sm bg-success/15 text-ink underline decoration-success decoration-2 underline-offset-[0.2em]"
            >
              {spoken ? <span className="sr-only">added: </span> : null}
              {part.text}
            </ins>
          );
        }
        return (
          <del key={key} className="rounded-sm bg-danger/10 text-ink-muted line-through decoration-danger decoration-2">
            {spoken ? <span className="sr-only">removed: </span> : null}
            {part.text}
          </del>
        );
      })}
    </>
  );
}
