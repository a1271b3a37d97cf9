import Link from 'next/link';

import { Button } from '@/components/ui/button';
import { countryName } from '@/components/ui/country';
import { cx } from '@/components/ui/cx';
import { FILM_SORT_LABELS, FILM_SORTS, type FilmIndexQuery, type FilmSort, MAX_YEAR, MIN_YEAR } from '@/lib/films/index-params';

export interface FilmFiltersProps {
  query: FilmIndexQuery;
  /** ISO codes of the countries in the catalogue. */
  countries: string[];
  sortHref: (sort: FilmSort) => string;
  /** The current sort without filters; null when nothing is filtered. */
  clearHref: string | null;
}

const control =
  'rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink shadow-card hover:border-ink-muted';

/**
 * Sorts as links and filters as a GET form, like the film page's review
 * filters: every view of the index is a URL that works without JavaScript.
 */
export function FilmFilters({ query, countries, sortHref, clearHref }: FilmFiltersProps) {
  const byName = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
  return (
    <div className="mb-8 flex flex-col gap-4 border-b border-line pb-5">
      <nav aria-label="Sort films" className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span aria-hidden="true" className="text-sm text-ink-muted">
          Sort
        </span>
        <ul role="list" className="flex flex-wrap gap-1.5">
          {FILM_SORTS.map((sort) => {
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
                  {FILM_SORT_LABELS[sort]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action="/films" aria-label="Filter films" className="flex flex-wrap items-end gap-x-5 gap-y-3">
        {query.sort !== 'title' ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <label className="flex flex-col gap-1 text-sm text-ink-muted">
          Country
          <select name="country" defaultValue={query.country ?? ''} className={control}>
            <option value="">Any country</option>
            {byName.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend className="mb-1 text-sm text-ink-muted">Year</legend>
          <div className="flex items-center gap-2">
            <label className="sr-only" htmlFor="film-year-from">
              From year
            </label>
            <input
              id="film-year-from"
              type="number"
              name="from"
              inputMode="numeric"
              min={MIN_YEAR}
              max={MAX_YEAR}
              placeholder="From"
              defaultValue={query.from ?? ''}
              className={cx(control, 'w-24 tabular-nums')}
            />
            <span aria-hidden="true" className="text-ink-muted">
              –
            </span>
            <label className="sr-only" htmlFor="film-year-to">
              To year
            </label>
            <input
              id="film-year-to"
              type="number"
              name="to"
              inputMode="numeric"
              min={MIN_YEAR}
              max={MAX_YEAR}
              placeholder="To"
              defaultValue={query.to ?? ''}
              className={cx(control, 'w-24 tabular-nums')}
            />
          </div>
        </fieldset>
        <label className="flex min-h-9 items-center gap-2 text-sm font-medium text-ink">
          <input type="checkbox" name="versions" value="1" defaultChecked={query.hasVersions} className="size-4 accent-accent" />
          Has versions
        </label>
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
