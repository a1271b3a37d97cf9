import { useId } from 'react';
import Link from 'next/link';
import type { FilmVersion } from '@/lib/films/types';
import { Chip } from '@/components/ui/chip';
import { countryName, flagEmoji } from '@/components/ui/country';
import { cx } from '@/components/ui/cx';
import { Poster } from '@/components/ui/poster';

export interface FilmVersionsProps {
  /** The remake family, oldest first; nothing renders when there is no other version. */
  versions: FilmVersion[];
  headingLevel?: 2 | 3;
  className?: string;
}

export function FilmVersions({ versions, headingLevel = 2, className }: FilmVersionsProps) {
  const headingId = useId();
  if (versions.length < 2) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className="font-serif text-2xl font-semibold text-ink">
        Versions around the world
      </Heading>
      <p className="mt-1 text-[0.9375rem] text-ink-muted">
        The same story, told in {versions.length} countries. Each version has its own reviews.
      </p>
      <ol role="list" className="mt-5 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {versions.map((version) => {
          const showOriginal = version.originalTitle !== null && version.originalTitle !== version.title;
          return (
            <li key={version.slug}>
              <Link
                href={`/films/${version.slug}`}
                aria-current={version.isCurrent ? 'page' : undefined}
                className={cx(
                  'group flex h-full items-start gap-3.5 rounded-xl border p-3 transition',
                  version.isCurrent
                    ? 'border-accent bg-accent-soft'
                    : 'border-line bg-surface shadow-card hover:border-line-strong hover:shadow-lift',
                )}
              >
                <Poster src={version.posterPath} title={version.title} size="xs" decorative className="w-12" />
                <span className="flex min-w-0 flex-col gap-0.5">
                  <span className="font-serif text-base leading-snug font-semibold text-ink group-hover:text-accent">
                    {version.title}
                  </span>
                  {showOriginal ? (
                    <span className="truncate font-serif text-sm text-ink-muted italic">{version.originalTitle}</span>
                  ) : null}
                  <span className="text-sm text-ink-muted">
                    <span className="tabular-nums">{version.year}</span>
                    <span aria-hidden="true"> · {flagEmoji(version.country)}</span> {countryName(version.country)}
                  </span>
                  {version.isOriginal || version.isCurrent ? (
                    <span className="mt-1.5 flex flex-wrap gap-1.5">
                      {version.isOriginal ? <Chip tone="accent">Original</Chip> : null}
                      {version.isCurrent ? <Chip>This page</Chip> : null}
                    </span>
                  ) : null}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
