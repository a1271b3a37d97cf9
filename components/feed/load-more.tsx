'use client';

import { useState, useTransition, type ReactNode } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';

export interface MorePage {
  items: ReactNode;
  count: number;
  nextCursor: string | null;
  nextHref: string | null;
}

export interface LoadMoreListProps {
  /** The first page's list items, rendered on the server. */
  children: ReactNode;
  className?: string;
  /** The next page as a plain link (works without JavaScript); null on the last page. */
  nextHref: string | null;
  nextCursor: string | null;
  /** Fetches the page after `cursor` as list items (a server action). */
  loadMore: (cursor: string) => Promise<MorePage>;
  label: string;
  /** "reviews", for the announcement "20 more reviews loaded". */
  noun: string;
}

/**
 * A list with a "Load more" link under it. Without JavaScript the link opens
 * the next page; with it, the next page's items join this list in place and
 * the link moves on, so the reader keeps their place.
 */
export function LoadMoreList({ children, className, nextHref, nextCursor, loadMore, label, noun }: LoadMoreListProps) {
  const [pages, setPages] = useState<ReactNode[]>([]);
  const [next, setNext] = useState({ cursor: nextCursor, href: nextHref });
  const [announcement, setAnnouncement] = useState('');
  const [loading, startLoading] = useTransition();

  function load(event: React.MouseEvent<HTMLAnchorElement>) {
    const cursor = next.cursor;
    if (!cursor || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    startLoading(async () => {
      const page = await loadMore(cursor);
      setPages((loaded) => [...loaded, page.items]);
      setNext({ cursor: page.nextCursor, href: page.nextHref });
      setAnnouncement(`${page.count} more ${noun} loaded.`);
    });
  }

  return (
    <>
      <ol role="list" className={className}>
        {children}
        {pages}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {next.href ? (
        <div className="mt-8 flex justify-center">
          <a
            href={next.href}
            rel="next"
            onClick={load}
            aria-busy={loading || undefined}
            className={cx(buttonClasses('secondary'), loading && 'pointer-events-none opacity-70')}
          >
            {loading ? 'Loading…' : label}
          </a>
        </div>
      ) : null}
    </>
  );
}
