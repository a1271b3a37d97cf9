import Link from 'next/link';
import type { ReactNode } from 'react';

import { buttonClasses } from '@/components/ui/button';

const count = new Intl.NumberFormat('en');

export interface GroupLink {
  href: string;
  label: string;
  rel?: 'next' | 'prev';
}

/** One group of results (Films, Reviews, People): a heading with its count, the results, and its own paging links. */
export function SearchGroup({
  id,
  title,
  total,
  totalCapped = false,
  emptyText,
  links,
  children,
}: {
  id: string;
  title: string;
  total: number;
  totalCapped?: boolean;
  emptyText: string;
  links: GroupLink[];
  children: ReactNode;
}) {
  const shown = `${count.format(total)}${totalCapped ? '+' : ''}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-line pt-6">
      <h2 id={`${id}-heading`} className="flex items-baseline gap-3 font-serif text-2xl font-semibold text-ink">
        {title}
        <span className="rounded-full bg-sunken px-2.5 py-0.5 font-sans text-sm font-medium text-ink-muted tabular-nums">
          {shown}
          <span className="sr-only"> {total === 1 ? 'result' : 'results'}</span>
        </span>
      </h2>
      {total === 0 ? <p className="mt-3 text-ink-muted">{emptyText}</p> : <div className="mt-5">{children}</div>}
      {links.length > 0 ? (
        <div className="mt-6 flex flex-wrap gap-3">
          {links.map((link) => (
            <Link key={link.label} href={link.href} rel={link.rel} scroll={false} className={buttonClasses('secondary', 'sm')}>
              {link.label}
            </Link>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/**
 * A group's results: films and people side by side in two columns, reviews
 * (`ranked`) one under another in the order of how well they match.
 */
export function ResultList<Item>({
  items,
  keyOf,
  ranked = false,
  children,
}: {
  items: Item[];
  keyOf: (item: Item) => string | number;
  ranked?: boolean;
  children: (item: Item) => ReactNode;
}) {
  const List = ranked ? 'ol' : 'ul';
  return (
    <List role="list" className={ranked ? 'flex flex-col gap-4' : 'grid gap-3 sm:grid-cols-2'}>
      {items.map((item) => (
        <li key={keyOf(item)}>{children(item)}</li>
      ))}
    </List>
  );
}
