import type { FilmDetail } from '@/lib/films/types';
import { Chip } from '@/components/ui/chip';
import { countryName, flagEmoji, isLanguageTag, languageName } from '@/components/ui/country';
import { Poster } from '@/components/ui/poster';
import { separatedItem } from '@/components/ui/separated';
import { StarRating } from '@/components/ui/star-rating';
import { formatRuntime } from './film-facts';

export interface FilmHeroProps {
  film: FilmDetail;
}

const count = new Intl.NumberFormat('en');

export function FilmHero({ film }: FilmHeroProps) {
  const showOriginal = film.originalTitle !== null && film.originalTitle !== film.title;
  const facts = [
    <span key="year" className="tabular-nums">
      {film.year}
    </span>,
    <span key="country">
      <span aria-hidden="true">{flagEmoji(film.country)} </span>
      {countryName(film.country)}
    </span>,
    <span key="language">{languageName(film.language)}</span>,
    film.runtimeMinutes !== null ? <span key="runtime">{formatRuntime(film.runtimeMinutes)}</span> : null,
  ].filter((fact) => fact !== null);

  return (
    <header className="grid grid-cols-[8rem_minmax(0,1fr)] items-start gap-x-5 gap-y-6 sm:grid-cols-[13rem_minmax(0,1fr)] sm:gap-x-10 md:grid-cols-[15rem_minmax(0,1fr)]">
      <Poster
        src={film.posterPath}
        title={film.title}
        year={film.year}
        size="fluid"
        priority
        className="rounded-lg shadow-lift sm:row-span-2"
      />

      <div className="min-w-0 self-center sm:self-start sm:pt-2">
        <h1 className="font-serif text-[1.75rem] leading-[1.1] font-bold tracking-tight text-ink sm:text-5xl">{film.title}</h1>
        {showOriginal ? (
          <p
            className="mt-2 font-serif text-lg text-ink-muted italic sm:text-xl"
            lang={isLanguageTag(film.language) ? film.language : undefined}
          >
            {film.originalTitle}
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap items-center gap-y-1 text-[0.9375rem] text-ink-muted">
          {facts.map((fact) => (
            <span key={fact.key} className={separatedItem}>
              {fact}
            </span>
          ))}
        </p>
        {film.basedOnTrueEvents ? (
          <p className="mt-3">
            <Chip
              icon={
                <svg viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current" strokeWidth="1.5">
                  <path d="M3 2.5h7.5L13 5v8.5H3v-11ZM5.5 7h5M5.5 9.5h5M5.5 12h3" />
                </svg>
              }
            >
              Based on true events
            </Chip>
          </p>
        ) : null}
      </div>

      <div className="col-span-2 sm:col-span-1 sm:col-start-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {film.averageRating !== null && film.reviewCount > 0 ? (
            <>
              <StarRating rating={film.averageRating} kind="average" size="lg" />
              <span className="text-sm text-ink-muted">
                from {count.format(film.reviewCount)} {film.reviewCount === 1 ? 'review' : 'reviews'}
              </span>
            </>
          ) : (
            <span className="text-sm text-ink-muted">No reviews yet — be the first to give your verdict.</span>
          )}
        </div>
        <p className="mt-5 max-w-[65ch] font-serif text-lg leading-relaxed text-ink">{film.synopsis}</p>
      </div>
    </header>
  );
}
