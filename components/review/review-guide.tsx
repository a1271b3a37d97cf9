import type { ReactNode } from 'react';

import { cx } from '@/components/ui/cx';

/**
 * A short guide for a member's first review. A plain `<details open>`: one
 * click (or Enter) folds it away, with or without JavaScript.
 */
export function ReviewGuide({ className }: { className?: string }) {
  return (
    <details open className={cx('group rounded-card border border-line bg-surface shadow-card', className)}>
      <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-card px-5 py-4 sm:px-6 [&::-webkit-details-marker]:hidden">
        <span className="font-serif text-lg font-semibold text-ink">Your first review: a few pointers</span>
        <span aria-hidden="true" className="flex items-center gap-1.5 text-sm text-ink-muted">
          <span className="group-open:hidden">Show</span>
          <span className="hidden group-open:inline">Hide</span>
          <svg
            viewBox="0 0 20 20"
            className="size-4 fill-none stroke-current transition-transform group-open:rotate-180"
            strokeWidth="1.8"
          >
            <path d="m5 8 5 5 5-5" />
          </svg>
        </span>
      </summary>

      <div className="grid gap-6 border-t border-line px-5 py-5 sm:grid-cols-2 sm:px-6">
        <div>
          <h2 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">What makes a review useful</h2>
          <ul className="mt-3 space-y-2.5 text-[0.9375rem] leading-relaxed text-ink">
            <Point>
              <strong className="font-semibold">Say what you saw and what you felt.</strong> A scene, a performance, the moment it
              won you over or lost you.
            </Point>
            <Point>
              <strong className="font-semibold">Give your reasons.</strong> &ldquo;Slow&rdquo; helps less than why the pacing did
              or didn&rsquo;t work.
            </Point>
            <Point>
              <strong className="font-semibold">Compare, if you can.</strong> Many films here have versions and remakes from other
              countries; how does this one stand?
            </Point>
            <Point>
              <strong className="font-semibold">Be kind to other readers.</strong> Disagree with films, not people, and hide
              anything that gives the story away.
            </Point>
          </ul>
        </div>

        <div>
          <h2 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">Hiding spoilers</h2>
          <p className="mt-3 text-[0.9375rem] leading-relaxed text-ink">
            Wrap a few words in <Code>&gt;!</Code> and <Code>!&lt;</Code>, or a whole passage in a spoiler block. Readers see a
            bar or a closed box until they choose to reveal it.
          </p>
          <pre className="mt-3 rounded-lg border border-line bg-sunken px-4 py-3 font-mono text-[0.8125rem] leading-relaxed whitespace-pre-wrap text-ink">
            {
              'The last scene >!takes place at the airport!<.\n\n:::spoiler The ending\nWhat happens, in as much detail as you like.\n:::'
            }
          </pre>
        </div>
      </div>
    </details>
  );
}

function Point({ children }: { children: ReactNode }) {
  return (
    <li className="flex gap-2.5">
      <span aria-hidden="true" className="mt-2.5 size-1.5 flex-none rounded-full bg-accent" />
      <span>{children}</span>
    </li>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-sunken px-1 py-0.5 font-mono text-[0.8125rem]">{children}</code>;
}
