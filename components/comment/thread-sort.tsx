import Link from 'next/link';

import { cx } from '@/components/ui/cx';
import { COMMENT_SORT_LABELS, COMMENT_SORTS, type CommentSort } from '@/lib/comments/params';

/** Top, New, Old as plain links (they work without JavaScript); a new sort starts from the first page. */
export function ThreadSort({ current, href }: { current: CommentSort; href: (sort: CommentSort) => string }) {
  return (
    <nav aria-label="Sort comments" className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <span aria-hidden="true" className="text-sm text-ink-muted">
        Sort
      </span>
      <ul role="list" className="flex flex-wrap gap-1.5">
        {COMMENT_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              href={href(sort)}
              aria-current={sort === current ? 'page' : undefined}
              scroll={false}
              className={cx(
                'inline-flex min-h-9 items-center rounded-full border px-3.5 text-sm font-medium transition-colors',
                sort === current
                  ? 'border-ink bg-ink text-paper'
                  : 'border-line-strong bg-surface text-ink hover:border-ink-muted',
              )}
            >
              {COMMENT_SORT_LABELS[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
