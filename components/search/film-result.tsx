import Link from 'next/link';

import { countryName, flagEmoji } from '@/components/ui/country';
import { Poster } from '@/components/ui/poster';
import { StarRating } from '@/components/ui/star-rating';
import type { FilmSummary } from '@/lib/films/types';

import { Highlighted } from '@/components/ui/highlighted';

/** A film found by search: the title (and original title) with the matching words marked. */
export function FilmResult({ film, query }: { film: FilmSummary; query: string }) {
  return (
    <article className="group relative flex gap-4 rounded-card border border-line bg-surface p-3 shadow-card transition duration-150 hover:border-line-strong hover:shadow-lift">
      <Poster src={film.posterPath} title={film.title} size="xs" decorative className="w-14" />
      <div className="min-w-0">
        <h3 className="font-serif text-lg leading-snug font-semibold text-ink">
          <Link
            href={`/films/${film.slug}`}
            className="after:absolute after:inset-0 after:rounded-card after:content-[''] group-hover:text-accent"
          >
            <Highlighted text={film.title} query={query} />
            <span className="sr-only"> ({film.year})</span>
          </Link>
        </h3>
        {film.originalTitle && film.originalTitle !== film.title ? (
          <p className="truncate text-sm text-ink-muted" lang="">
            <Highlighted text={film.originalTitle} query={query} />
          </p>
        ) : null}
        <p className="mt-0.5 truncate text-sm text-ink-muted">
          <span className="tabular-nums">{film.year}</span>
          <span aria-hidden="true"> · {flagEmoji(film.country)}</span> {countryName(film.country)}
        </p>
        {film.averageRating !== null && film.reviewCount > 0 ? (
          <StarRating rating={film.averageRating} kind="average" size="sm" className="mt-1" />
        ) : null}
      </div>
    </article>
  );
}
