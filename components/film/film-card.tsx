import Link from 'next/link';
import type { FilmSummary } from '@/lib/films/types';
import { countryName, flagEmoji } from '@/components/ui/country';
import { cx } from '@/components/ui/cx';
import { Poster } from '@/components/ui/poster';
import { StarRating } from '@/components/ui/star-rating';

export interface FilmCardProps {
  film: FilmSummary;
  headingLevel?: 2 | 3;
  className?: string;
}

const count = new Intl.NumberFormat('en');

/** Poster-led card; the title link stretches over the whole card. */
export function FilmCard({ film, headingLevel = 2, className }: FilmCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={cx('group relative flex flex-col', className)}>
      <div className="transition duration-200 group-hover:-translate-y-0.5 motion-reduce:group-hover:translate-y-0">
        <Poster
          src={film.posterPath}
          title={film.title}
          size="fluid"
          decorative
          className="rounded-lg group-hover:shadow-lift group-hover:ring-line-strong"
        />
      </div>
      <Heading className="mt-3 font-serif text-[1.0625rem] leading-snug font-semibold text-ink">
        <Link
          href={`/films/${film.slug}`}
          className="after:absolute after:inset-0 after:rounded-lg after:content-[''] group-hover:text-accent"
        >
          {film.title}
          {/* Remakes often share a title; the year tells their links apart. */}
          <span className="sr-only"> ({film.year})</span>
        </Link>
      </Heading>
      <p className="mt-0.5 truncate text-sm text-ink-muted">
        <span className="tabular-nums">{film.year}</span>
        <span aria-hidden="true"> · {flagEmoji(film.country)}</span> {countryName(film.country)}
      </p>
      <div className="mt-1.5 text-sm text-ink-muted">
        {film.averageRating !== null && film.reviewCount > 0 ? (
          <>
            <StarRating rating={film.averageRating} kind="average" size="sm" />
            <p className="mt-0.5 tabular-nums">
              {count.format(film.reviewCount)} {film.reviewCount === 1 ? 'review' : 'reviews'}
            </p>
          </>
        ) : (
          <p>No reviews yet</p>
        )}
      </div>
    </article>
  );
}
