import Form from 'next/form';

import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from '@/lib/search/query-length';

/** The search page's own field: a GET form, so every search is a link and works without JavaScript. */
export function SearchForm({ q, tooShort }: { q: string; tooShort: boolean }) {
  return (
    <Form action="/search" role="search" className="flex flex-col gap-2">
      <label htmlFor="search-q" className="text-sm font-semibold text-ink">
        Search
      </label>
      <div className="flex flex-wrap items-start gap-3">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="A film, a review, a member"
          autoComplete="off"
          aria-invalid={tooShort || undefined}
          aria-describedby="search-q-message"
          className={cx(
            'block min-h-11 min-w-0 flex-1 basis-64 rounded-lg border bg-surface px-3.5 py-2.5 text-base text-ink shadow-card',
            'placeholder:text-ink-muted transition-colors duration-150 focus-visible:outline-2 focus-visible:outline-offset-1',
            tooShort ? 'border-danger' : 'border-line-strong hover:border-ink-muted',
          )}
        />
        <button type="submit" className={buttonClasses('primary')}>
          Search
        </button>
      </div>
      <p
        id="search-q-message"
        aria-live="polite"
        className={cx('text-sm', tooShort ? 'font-medium text-danger' : 'text-ink-muted')}
      >
        {tooShort
          ? `Type at least ${MIN_QUERY_LENGTH} characters`
          : 'Titles in any language, misspelt or without accents; words in reviews; members by name or handle.'}
      </p>
    </Form>
  );
}
