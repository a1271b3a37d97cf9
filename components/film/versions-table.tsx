import { useId } from 'react';
import Link from 'next/link';
import type { FilmVersionComparison } from '@/lib/films/types';
import { Chip } from '@/components/ui/chip';
import { countryName, flagEmoji } from '@/components/ui/country';
import { cx } from '@/components/ui/cx';
import { Poster } from '@/components/ui/poster';
import { StarRating } from '@/components/ui/star-rating';

export interface VersionsTableProps {
  /** The remake family, oldest first; nothing renders when the film has no other version. */
  versions: FilmVersionComparison[];
  headingLevel?: 2 | 3;
  className?: string;
}

const count = new Intl.NumberFormat('en');

function Country({ code }: { code: string }) {
  return (
    <>
      <span aria-hidden="true">{flagEmoji(code)} </span>
      {countryName(code)}
    </>
  );
}

/**
 * Every version side by side. On a phone the year and country move under the
 * title instead of taking columns of their own, and the directors wait for a
 * wider screen, so the table never scrolls sideways; each fact is shown (and
 * read) at most once at any width.
 */
export function VersionsTable({ versions, headingLevel = 2, className }: VersionsTableProps) {
  const headingId = useId();
  if (versions.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const countries = new Set(versions.map((version) => version.country)).size;
  const header = 'pb-2 text-xs font-semibold tracking-wider text-ink-muted uppercase';

  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className="font-serif text-2xl font-semibold text-ink">
        Versions around the world
      </Heading>
      <p className="mt-1 text-[0.9375rem] text-ink-muted">
        {versions.length} versions of the same story, from {countries} {countries === 1 ? 'country' : 'countries'}. Each has its
        own reviews.
      </p>
      <table className="mt-5 w-full border-collapse text-left text-[0.9375rem]">
        <thead className="border-b border-line-strong">
          <tr>
            <th scope="col" className={header}>
              Version
            </th>
            <th scope="col" className={cx(header, 'hidden px-3 sm:table-cell')}>
              Year
            </th>
            <th scope="col" className={cx(header, 'hidden px-3 sm:table-cell')}>
              Country
            </th>
            <th scope="col" className={cx(header, 'hidden px-3 md:table-cell')}>
              Directed by
            </th>
            <th scope="col" className={cx(header, 'px-3')}>
              Rating
            </th>
            <th scope="col" className={cx(header, 'pl-3 text-right')}>
              Reviews
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const showOriginal = version.originalTitle !== null && version.originalTitle !== version.title;
            return (
              <tr key={version.slug} className={cx('border-b border-line align-top', version.isCurrent && 'bg-accent-soft')}>
                <td className="py-3 pr-3 pl-2">
                  <div className="flex items-start gap-3">
                    <Poster src={version.posterPath} title={version.title} size="xs" decorative className="hidden sm:block" />
                    <div className="min-w-0">
                      <Link
                        href={`/films/${version.slug}`}
                        aria-current={version.isCurrent ? 'page' : undefined}
                        className="font-serif text-base leading-snug font-semibold text-ink underline-offset-4 hover:text-accent hover:underline"
                      >
                        {version.title}
                        {/* Remakes share a title; the year and country tell their links apart. */}
                        <span className="sr-only">
                          {' '}
                          ({version.year}, {countryName(version.country)})
                        </span>
                      </Link>
                      {showOriginal ? <p className="font-serif text-sm text-ink-muted italic">{version.originalTitle}</p> : null}
                      <p className="text-sm text-ink-muted sm:hidden">
                        <span className="tabular-nums">{version.year}</span> · <Country code={version.country} />
                      </p>
                      {version.isOriginal || version.isCurrent ? (
                        <p className="mt-1.5 flex flex-wrap gap-1.5">
                          {version.isOriginal ? <Chip tone="accent">Original</Chip> : null}
                          {version.isCurrent ? <Chip>This page</Chip> : null}
                        </p>
                      ) : null}
                    </div>
                  </div>
                </td>
                <td className="hidden px-3 py-3 tabular-nums sm:table-cell">{version.year}</td>
                <td className="hidden px-3 py-3 sm:table-cell">
                  <Country code={version.country} />
                </td>
                <td className="hidden px-3 py-3 md:table-cell">{version.directors.join(', ') || '—'}</td>
                <td className="px-3 py-3 whitespace-nowrap">
                  {version.averageRating !== null ? (
                    <StarRating rating={version.averageRating} kind="average" size="sm" />
                  ) : (
                    <span className="text-ink-muted">No ratings yet</span>
                  )}
                </td>
                <td className="py-3 pr-2 pl-3 text-right tabular-nums">{count.format(version.reviewCount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
