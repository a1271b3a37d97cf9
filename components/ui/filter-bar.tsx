import Link from 'next/link';
import type { ReactNode } from 'react';

import { Button } from './button';
import { cx } from './cx';

/** A select or input in a filter form. */
export const filterControl =
  'rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink shadow-card hover:border-ink-muted';

export interface SortChip<Sort extends string> {
  sort: Sort;
  label: ReactNode;
  href: string;
}

/**
 * A list's sorts as links, the current one marked by `aria-current`: each
 * sort is a URL of its own, so it works without JavaScript and can be shared.
 */
export function SortChips<Sort extends string>({
  label,
  chips,
  current,
}: {
  label: string;
  chips: SortChip<Sort>[];
  current: Sort;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <span aria-hidden="true" className="text-sm text-ink-muted">
        Sort
      </span>
      <ul role="list" className="flex flex-wrap gap-1.5">
        {chips.map((chip) => {
          const selected = chip.sort === current;
          return (
            <li key={chip.sort}>
              <Link
                href={chip.href}
                aria-current={selected ? 'page' : undefined}
                scroll={false}
                className={cx(
                  'inline-flex min-h-9 items-center rounded-full border px-3.5 text-sm font-medium transition-colors',
                  selected ? 'border-ink bg-ink text-paper' : 'border-line-strong bg-surface text-ink hover:border-ink-muted',
                )}
              >
                {chip.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A filter form's "Apply", and "Clear filters" when something is filtered (`clearHref`). */
export function FilterButtons({ clearHref }: { clearHref: string | null }) {
  return (
    <>
      <Button type="submit" variant="secondary" size="sm">
        Apply
      </Button>
      {clearHref ? (
        <Link
          href={clearHref}
          scroll={false}
          className="inline-flex min-h-9 items-center text-sm font-medium text-accent underline-offset-4 hover:underline"
        >
          Clear filters
        </Link>
      ) : null}
    </>
  );
}
