import type { FilmSummary } from '@/lib/films/types';
import { EmptyList, type EmptyListProps } from '@/components/ui/empty-state';
import { cx } from '@/components/ui/cx';
import { FilmCard } from './film-card';

export interface FilmGridProps extends EmptyListProps {
  films: FilmSummary[];
  headingLevel?: 2 | 3;
  className?: string;
}

const EMPTY = { title: 'No films found', description: 'Try a different search, or browse every film.' };

export function FilmGrid({ films, headingLevel = 2, className, ...empty }: FilmGridProps) {
  if (films.length === 0) return <EmptyList {...empty} defaults={EMPTY} headingLevel={headingLevel} className={className} />;
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
