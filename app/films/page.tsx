import type { Metadata } from 'next';
import Link from 'next/link';

import { FilmFilters } from '@/components/film/film-filters';
import { FilmGrid } from '@/components/film/film-grid';
import { PageShell } from '@/components/page/page-shell';
import { buttonClasses } from '@/components/ui/button';
import { listFilmCountries, listFilmIndex } from '@/lib/films/queries';
import { filmIndexHref, hasFilmFilters, parseFilmIndexQuery } from '@/lib/films/params';
import type { SearchParams } from '@/lib/url/search-params';

export const metadata: Metadata = {
  title: 'Films',
  description: 'Every film on Verdict, with its versions and remakes from around the world and what members think of it.',
  openGraph: { title: 'Films on Verdict', url: '/films' },
  alternates: { canonical: '/films' },
};

export default async function FilmsPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseFilmIndexQuery(await searchParams);
  const [films, countries] = await Promise.all([listFilmIndex(query), listFilmCountries()]);
  const filtered = hasFilmFilters(query);
  return (
    <PageShell>
      <header className="mb-8 max-w-2xl">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Films</h1>
        <p className="mt-3 text-lg text-ink-muted" role="status">
          {filtered
            ? `${films.length} ${films.length === 1 ? 'film matches' : 'films match'} these filters.`
            : `${films.length} films, with every version and remake side by side.`}
        </p>
      </header>
      <FilmFilters
        query={query}
        countries={countries}
        sortHref={(sort) => filmIndexHref({ ...query, sort })}
        clearHref={filtered ? filmIndexHref({ sort: query.sort }) : null}
      />
      <FilmGrid
        films={films}
        emptyTitle="No films match these filters"
        emptyDescription="Try another country or a wider range of years."
        emptyAction={
          <Link href={filmIndexHref({ sort: query.sort })} className={buttonClasses('secondary')}>
            Show every film
          </Link>
        }
      />
    </PageShell>
  );
}
