import Link from 'next/link';

import { Avatar } from '@/components/ui/avatar';
import type { PersonResult as Person } from '@/lib/search/types';

import { Highlighted } from '@/components/ui/highlighted';

/** A member found by search: display name and @handle with the matching words marked. */
export function PersonResult({ person, query }: { person: Person; query: string }) {
  return (
    <article className="group relative flex items-center gap-3 rounded-card border border-line bg-surface p-3 shadow-card transition duration-150 hover:border-line-strong hover:shadow-lift">
      <Avatar handle={person.handle} displayName={person.displayName} image={person.image} size="md" />
      <div className="min-w-0">
        <h3 className="truncate font-semibold text-ink">
          <Link
            href={`/u/${person.handle}`}
            className="after:absolute after:inset-0 after:rounded-card after:content-[''] group-hover:text-accent"
          >
            <Highlighted text={person.displayName} query={query} />
          </Link>
        </h3>
        <p className="truncate text-sm text-ink-muted">
          @<Highlighted text={person.handle} query={query} />
          <span aria-hidden="true"> · </span>
          <span className="tabular-nums">
            {person.reviewCount} {person.reviewCount === 1 ? 'review' : 'reviews'}
          </span>
        </p>
      </div>
    </article>
  );
}
