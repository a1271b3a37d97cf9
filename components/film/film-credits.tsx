import { useId } from 'react';
import type { FilmCredit, FilmDetail } from '@/lib/films/types';
import { cx } from '@/components/ui/cx';

export interface FilmCreditsProps {
  film: Pick<FilmDetail, 'directors' | 'writers' | 'composers' | 'cast'>;
  headingLevel?: 2 | 3;
  className?: string;
}

function PersonName({ credit }: { credit: FilmCredit }) {
  const showOriginal = credit.originalName !== null && credit.originalName !== credit.name;
  return (
    <>
      <span className="font-medium text-ink">{credit.name}</span>
      {showOriginal ? <span className="text-ink-muted"> ({credit.originalName})</span> : null}
    </>
  );
}

function joinNames(credits: FilmCredit[]) {
  return credits.map((credit, index) => (
    <span key={`${credit.personSlug}-${index}`}>
      {index > 0 ? ', ' : null}
      <PersonName credit={credit} />
    </span>
  ));
}

export function FilmCredits({ film, headingLevel = 2, className }: FilmCreditsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const crew = [
    { label: film.directors.length > 1 ? 'Directors' : 'Director', people: film.directors },
    { label: film.writers.length > 1 ? 'Writers' : 'Writer', people: film.writers },
    { label: 'Music', people: film.composers },
  ].filter((row) => row.people.length > 0);

  if (crew.length === 0 && film.cast.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className={cx('flex flex-col gap-8', className)}>
      <Heading id={headingId} className="font-serif text-2xl font-semibold text-ink">
        Cast &amp; crew
      </Heading>

      {crew.length > 0 ? (
        <dl className="flex flex-col gap-4 text-[0.9375rem] sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-x-8">
          {crew.map((row) => (
            <div key={row.label} className="flex flex-col gap-1 sm:contents">
              <dt className="text-xs font-semibold tracking-wider text-ink-muted uppercase sm:pt-1">{row.label}</dt>
              <dd>{joinNames(row.people)}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      {film.cast.length > 0 ? (
        <div>
          <Sub className="mb-3 text-xs font-semibold tracking-wider text-ink-muted uppercase">Cast</Sub>
          <ul role="list" className="grid grid-cols-1 gap-x-8 sm:grid-cols-2 lg:grid-cols-1">
            {film.cast.map((credit, index) => (
              <li
                key={`${credit.personSlug}-${index}`}
                className="flex items-baseline justify-between gap-4 border-b border-line py-2.5 text-[0.9375rem]"
              >
                <span className="min-w-0">
                  <PersonName credit={credit} />
                </span>
                {credit.character ? (
                  <span className="text-right font-serif text-ink-muted italic">{credit.character}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
