import type { ReactNode } from 'react';
import type { FilmSummary } from '@/lib/films/types';
import { EmptyState } from '@/components/ui/empty-state';
import { cx } from '@/components/ui/cx';
import { FilmCard } from './film-card';

export interface FilmGridProps {
  films: FilmSummary[];
  headingLevel?: 2 | 3;
  emptyTitle?: string;
  emptyDescription?: ReactNode;
  emptyAction?: ReactNode;
  className?: string;
}

export function FilmGrid({
  films,
  headingLevel = 2,
  emptyTitle = 'No films found',
  emptyDescription = 'Try a different search, or browse every film.',
  emptyAction,
  className,
}: FilmGridProps) {
  if (films.length === 0) {
    return (
      <EmptyState
        title={emptyTitle}
        description={emptyDescription}
        action={emptyAction}
        headingLevel={headingLevel}
        className={className}
      />
    );
  }
  return (
    <ul
      role="list"
      className={cx('grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-6 md:grid-cols-4 lg:grid-cols-5', className)}
    >
      {films.map((film) => (
        <li key={film.id}>
          <FilmCard film={film} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
