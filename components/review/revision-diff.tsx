import type { ReactNode } from 'react';

import { cx } from '@/components/ui/cx';
import { halfStars, halfStarsLabel } from '@/components/ui/rating-input';
import type { DiffPart, RevisionDiff } from '@/lib/reviews/diff';

/** Unchanged text longer than this around a change is shortened to its edges. */
const CONTEXT = 220;

const count = new Intl.NumberFormat('en');

/**
 * What changed from one version of a review to the next: rating, spoiler
 * flag, then the title and the text as word diffs. Added words are `<ins>`,
 * removed ones `<del>`: underlined and struck through (never colour alone),
 * each with a visually hidden "added:"/"removed:" for screen readers, which
 * do not all announce the elements themselves.
 */
export function RevisionChanges({ changes, className }: { changes: RevisionDiff; className?: string }) {
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
          <div className="mt-2 rounded-lg border border-line bg-surface px-4 py-3 font-serif text-base leading-relaxed break-words whitespace-pre-wrap text-ink sm:px-5 sm:py-4">
            <DiffText parts={changes.body} shorten />
          </div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A word diff as running text. With `shorten`, long unchanged stretches keep
 * only their edges next to a change, so one edited sentence in a long review
 * is easy to find.
 */
export function DiffText({ parts, shorten = false }: { parts: DiffPart[]; shorten?: boolean }) {
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part.change}`;
        if (part.change === 'same') {
          if (!shorten) return <span key={key}>{part.text}</span>;
          const edge = index === 0 ? 'end' : index === parts.length - 1 ? 'start' : 'both';
          return <Unchanged key={key} text={part.text} keep={edge} />;
        }
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

/** Unchanged text, shortened to the edges that touch a change. */
function Unchanged({ text, keep }: { text: string; keep: 'start' | 'end' | 'both' }) {
  const room = keep === 'both' ? CONTEXT * 2 : CONTEXT;
  if (text.length <= room + 60) return <span>{text}</span>;
  const head = keep === 'end' ? '' : text.slice(0, wordEnd(text, CONTEXT));
  const tail = keep === 'start' ? '' : text.slice(wordStart(text, text.length - CONTEXT));
  const skipped = text.length - head.length - tail.length;
  return (
    <span>
      {head}
      <span className="mx-0.5 inline-block rounded bg-sunken px-1.5 font-sans text-xs leading-5 text-ink-muted not-italic">
        … {count.format(skipped)} unchanged characters …
      </span>
      {tail}
    </span>
  );
}

/** The first whitespace at or after `index`, so a cut never splits a word. */
function wordEnd(text: string, index: number): number {
  const match = /\s/.exec(text.slice(index));
  return match ? index + match.index : text.length;
}

/** Just after the last whitespace at or before `index`. */
function wordStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const match = /\s(?=\S*$)/.exec(before);
  return match ? match.index + 1 : 0;
}
