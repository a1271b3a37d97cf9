import type { Metadata } from 'next';

import { FilmGrid } from '@/components/film/film-grid';
import { PageShell } from '@/components/page/page-shell';
import { listFilms } from '@/lib/films/queries';

export const metadata: Metadata = {
  title: 'Films',
  description: 'Every film on Verdict, with its versions and remakes from around the world and what members think of it.',
  openGraph: { title: 'Films on Verdict', url: '/films' },
  alternates: { canonical: '/films' },
};

export default async function FilmsPage() {
  const films = await listFilms();
  return (
    <PageShell>
      <header className="mb-8 max-w-2xl">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Films</h1>
        <p className="mt-3 text-lg text-ink-muted">
          {films.length} films, with every version and remake side by side.
        </p>
      </header>
      <FilmGrid films={films} />
    </PageShell>
  );
}
