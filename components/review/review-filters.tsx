import type { ReactNode } from 'react';
import type { FilmReviewQuery, FilmReviewSort } from '@/lib/reviews/params';
import { starsLabel } from '@/components/film/rating-summary';
import { FilterButtons, filterControl, SortChips } from '@/components/ui/filter-bar';

export interface ReviewFiltersProps {
  /** The film page's path; the filter form submits to it. */
  action: string;
  query: FilmReviewQuery;
  /** Where a sort leads, filters kept. */
  sortHref: (sort: FilmReviewSort) => string;
  /** The current sort without filters; null when nothing is filtered. */
  clearHref: string | null;
}

/** "Rating ↓": the arrow is drawn, and read as the words instead. */
function ratingOrder(arrow: '↓' | '↑', words: string): ReactNode {
  return (
    <>
      Rating
      <span aria-hidden="true" className="ml-1">
        {arrow}
      </span>
      <span className="sr-only"> ({words})</span>
    </>
  );
}

/** In the order they are offered. */
const SORT_LABELS: Record<FilmReviewSort, ReactNode> = {
  top: 'Top',
  hot: 'Hot',
  new: 'New',
  'rating-desc': ratingOrder('↓', 'highest first'),
  'rating-asc': ratingOrder('↑', 'lowest first'),
};

const RATINGS = Array.from({ length: 10 }, (_, index) => index + 1);

function RatingSelect({ name, label, value }: { name: 'min' | 'max'; label: string; value: number | undefined }) {
  return (
    <label className="flex items-center gap-2 text-sm text-ink">
      {label}
      <select name={name} defaultValue={value ?? ''} className={filterControl}>
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
      <SortChips
        label="Sort reviews"
        current={query.sort}
        chips={(Object.keys(SORT_LABELS) as FilmReviewSort[]).map((sort) => ({
          sort,
          label: SORT_LABELS[sort],
          href: sortHref(sort),
        }))}
      />

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
        <FilterButtons clearHref={clearHref} />
      </form>
    </div>
  );
}
