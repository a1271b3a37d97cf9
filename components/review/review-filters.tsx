import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FilmReviewQuery, FilmReviewSort } from '@/lib/reviews/film-reviews';
import { starsLabel } from '@/components/film/rating-summary';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';

export interface ReviewFiltersProps {
  /** The film page's path; the filter form submits to it. */
  action: string;
  query: FilmReviewQuery;
  /** Where a sort leads, filters kept. */
  sortHref: (sort: FilmReviewSort) => string;
  /** The current sort without filters; null when nothing is filtered. */
  clearHref: string | null;
}

/** In the order they are offered; the arrows are read as words. */
const SORT_LABELS: Record<FilmReviewSort, ReactNode> = {
  top: 'Top',
  hot: 'Hot',
  new: 'New',
  'rating-desc': (
    <>
      Rating
      <span aria-hidden="true" className="ml-1">
        ↓
      </span>
      <span className="sr-only"> (highest first)</span>
    </>
  ),
  'rating-asc': (
    <>
      Rating
      <span aria-hidden="true" className="ml-1">
        ↑
      </span>
      <span className="sr-only"> (lowest first)</span>
    </>
  ),
};

const RATINGS = Array.from({ length: 10 }, (_, index) => index + 1);

const select =
  'rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink shadow-card hover:border-ink-muted';

function RatingSelect({ name, label, value }: { name: 'min' | 'max'; label: string; value: number | undefined }) {
  return (
    <label className="flex items-center gap-2 text-sm text-ink">
      {label}
      <select name={name} defaultValue={value ?? ''} className={select}>
        <option value="">Any</option>
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {starsLabel(rating)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Sorts as links and filters as a GET form: every view of the list is a
 * plain URL, so it works without JavaScript and can be shared or bookmarked.
 * Changing either starts the list again from the top (no `after`).
 */
export function ReviewFilters({ action, query, sortHref, clearHref }: ReviewFiltersProps) {
  return (
    <div className="mb-6 flex flex-col gap-4 border-b border-line pb-5">
      <nav aria-label="Sort reviews" className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span aria-hidden="true" className="text-sm text-ink-muted">
          Sort
        </span>
        <ul role="list" className="flex flex-wrap gap-1.5">
          {(Object.keys(SORT_LABELS) as FilmReviewSort[]).map((sort) => {
            const current = sort === query.sort;
            return (
              <li key={sort}>
                <Link
                  href={sortHref(sort)}
                  aria-current={current ? 'page' : undefined}
                  scroll={false}
                  className={cx(
                    'inline-flex min-h-9 items-center rounded-full border px-3.5 text-sm font-medium transition-colors',
                    current ? 'border-ink bg-ink text-paper' : 'border-line-strong bg-surface text-ink hover:border-ink-muted',
                  )}
                >
                  {SORT_LABELS[sort]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action={action} aria-label="Filter reviews" className="flex flex-wrap items-end gap-x-5 gap-y-3">
        <input type="hidden" name="sort" value={query.sort} />
        <label className="flex min-h-9 items-center gap-2 text-sm font-medium text-ink">
          <input
            type="checkbox"
            name="spoilers"
            value="hide"
            defaultChecked={query.hideSpoilers}
            className="size-4 accent-accent"
          />
          Hide spoilers
        </label>
        <fieldset>
          <legend className="mb-1 text-sm text-ink-muted">Rating</legend>
          <div className="flex flex-wrap gap-3">
            <RatingSelect name="min" label="From" value={query.minRating} />
            <RatingSelect name="max" label="To" value={query.maxRating} />
          </div>
        </fieldset>
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
      </form>
    </div>
  );
}
