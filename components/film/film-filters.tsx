import { countryName } from '@/components/ui/country';
import { cx } from '@/components/ui/cx';
import { FilterButtons, filterControl, SortChips } from '@/components/ui/filter-bar';
import { FILM_SORT_LABELS, FILM_SORTS, type FilmIndexQuery, type FilmSort, MAX_YEAR, MIN_YEAR } from '@/lib/films/params';

export interface FilmFiltersProps {
  query: FilmIndexQuery;
  /** ISO codes of the countries in the catalogue. */
  countries: string[];
  sortHref: (sort: FilmSort) => string;
  /** The current sort without filters; null when nothing is filtered. */
  clearHref: string | null;
}

/** One end of the year range: "From year" or "To year" to a screen reader, "From" or "To" as its placeholder. */
function YearInput({ bound, value }: { bound: 'from' | 'to'; value: number | undefined }) {
  const word = bound === 'from' ? 'From' : 'To';
  return (
    <>
      <label className="sr-only" htmlFor={`film-year-${bound}`}>
        {word} year
      </label>
      <input
        id={`film-year-${bound}`}
        type="number"
        name={bound}
        inputMode="numeric"
        min={MIN_YEAR}
        max={MAX_YEAR}
        placeholder={word}
        defaultValue={value ?? ''}
        className={cx(filterControl, 'w-24 tabular-nums')}
      />
    </>
  );
}

/**
 * Sorts as links and filters as a GET form, like the film page's review
 * filters: every view of the index is a URL that works without JavaScript.
 */
export function FilmFilters({ query, countries, sortHref, clearHref }: FilmFiltersProps) {
  const byName = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
  return (
    <div className="mb-8 flex flex-col gap-4 border-b border-line pb-5">
      <SortChips
        label="Sort films"
        current={query.sort}
        chips={FILM_SORTS.map((sort) => ({ sort, label: FILM_SORT_LABELS[sort], href: sortHref(sort) }))}
      />

      <form method="get" action="/films" aria-label="Filter films" className="flex flex-wrap items-end gap-x-5 gap-y-3">
        {query.sort !== 'title' ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <label className="flex flex-col gap-1 text-sm text-ink-muted">
          Country
          <select name="country" defaultValue={query.country ?? ''} className={filterControl}>
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
            <YearInput bound="from" value={query.from} />
            <span aria-hidden="true" className="text-ink-muted">
              –
            </span>
            <YearInput bound="to" value={query.to} />
          </div>
        </fieldset>
        <label className="flex min-h-9 items-center gap-2 text-sm font-medium text-ink">
          <input type="checkbox" name="versions" value="1" defaultChecked={query.hasVersions} className="size-4 accent-accent" />
          Has versions
        </label>
        <FilterButtons clearHref={clearHref} />
      </form>
    </div>
  );
}
