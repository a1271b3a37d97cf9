'use client';

import { useEffect, useRef, useState } from 'react';

import { REVIEW_BODY_MIN } from '@/lib/validation/lengths';

/** Long enough that a steady typist hears nothing until they pause. */
const SETTLE_MS = 900;

const count = new Intl.NumberFormat('en');

interface Stats {
  words: number;
  minutes: number;
  /** Characters still needed to reach the minimum; 0 once there. */
  short: number;
}

/**
 * "312 words · 2 min read" under the review, counted like the published page
 * counts (spoilers in, code out). It is a polite live region that changes only
 * once typing settles, so a screen reader hears the total at a pause rather
 * than on every keystroke. The Markdown parser loads on first use, not with
 * the page.
 */
export function WordCount({ text, id }: { text: string; id: string }) {
  const [stats, setStats] = useState<Stats | null>(null);
  const measured = useRef(false);

  useEffect(() => {
    let cancelled = false;
    // The first count (an existing review) shows at once; later ones wait for a pause.
    const timer = setTimeout(
      async () => {
        const { readingMinutes, wordCount } = await import('@/lib/markdown/excerpt');
        if (cancelled) return;
        const words = wordCount(text);
        measured.current = true;
        setStats({ words, minutes: readingMinutes(words), short: Math.max(0, REVIEW_BODY_MIN - text.trim().length) });
      },
      measured.current ? SETTLE_MS : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text]);

  return (
    <p id={id} aria-live="polite" aria-atomic="true" className="min-h-5 text-sm text-ink-muted tabular-nums">
      {stats && text.trim() !== '' ? (
        <>
          {count.format(stats.words)} {stats.words === 1 ? 'word' : 'words'}
          {stats.short > 0 ? (
            <>
              {' '}
              · {count.format(stats.short)} more {stats.short === 1 ? 'character' : 'characters'} to reach the minimum
            </>
          ) : (
            <> · {stats.minutes} min read</>
          )}
        </>
      ) : null}
    </p>
  );
}
