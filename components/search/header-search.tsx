'use client';

import Form from 'next/form';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

import { MAX_QUERY_LENGTH } from '@/lib/search/query-length';

function SearchIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="1.75">
      <circle cx="8.5" cy="8.5" r="5.25" />
      <path d="m12.5 12.5 4 4" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's search: a GET form to /search, so it works without
 * JavaScript. Phones get a link to the search page instead of a field, which
 * keeps the header to two short rows. The search page has its own, larger
 * field, so the header leaves it out there (one field labelled "Search").
 */
export function HeaderSearch() {
  if (usePathname() === '/search') return null;
  return (
    <>
      <Form action="/search" role="search" className="relative hidden sm:block">
        <label htmlFor="header-search" className="sr-only">
          Search
        </label>
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-muted" />
        <input
          id="header-search"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Films, reviews, people"
          autoComplete="off"
          className="block min-h-9 w-44 rounded-full border border-line-strong bg-surface py-1.5 pr-3 pl-9 text-sm text-ink placeholder:text-ink-muted transition-[width,border-color] duration-150 hover:border-ink-muted focus-visible:outline-2 focus-visible:outline-offset-1 lg:w-60 lg:focus:w-72"
        />
      </Form>
      <Link
        href="/search"
        aria-label="Search"
        className="inline-flex size-10 items-center justify-center rounded-full text-ink-muted transition-colors hover:bg-sunken hover:text-ink sm:hidden"
      >
        <SearchIcon className="size-5" />
      </Link>
    </>
  );
}
