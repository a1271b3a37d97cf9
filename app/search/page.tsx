import type { Metadata } from 'next';

import { PageShell } from '@/components/page/page-shell';
import { ReviewCard } from '@/components/review/review-card';
import { FilmResult } from '@/components/search/film-result';
import { PersonResult } from '@/components/search/person-result';
import { type GroupLink, ResultList, SearchGroup } from '@/components/search/search-group';
import { SearchForm } from '@/components/search/search-form';
import { getViewer } from '@/lib/auth/viewer';
import { parseSearchQuery, type SearchQuery, searchHref } from '@/lib/search/params';
import type { SearchParams } from '@/lib/url/search-params';
import { search } from '@/lib/search/queries';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { q, problem } = parseSearchQuery(await searchParams);
  return {
    title: problem ? 'Search' : `Search: ${q}`,
    description: 'Search Verdict for films in any language, reviews and members.',
    openGraph: { title: 'Search Verdict', url: '/search' },
    alternates: { canonical: '/search' },
    // Result pages are endless and thin; the films and reviews themselves are what to index.
    robots: { index: false, follow: true },
  };
}

/** "More films" / "Previous films" for a group paged by number. */
function pageLinks(
  query: SearchQuery,
  key: 'filmsPage' | 'peoplePage',
  noun: string,
  { page, hasMore }: { page: number; hasMore: boolean },
): GroupLink[] {
  const links: GroupLink[] = [];
  if (page > 1) links.push({ label: `Previous ${noun}`, href: searchHref({ ...query, [key]: page - 1 }), rel: 'prev' });
  if (hasMore) links.push({ label: `More ${noun}`, href: searchHref({ ...query, [key]: page + 1 }), rel: 'next' });
  return links;
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseSearchQuery(await searchParams);
  const viewer = query.problem ? null : await getViewer();
  const results = query.problem ? null : await search({ ...query, viewerId: viewer?.id });

  return (
    <PageShell narrow>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Search</h1>
        <div className="mt-6">
          <SearchForm q={query.q} tooShort={query.problem === 'too-short'} />
        </div>
      </header>

      {!results ? (
        query.problem === 'empty' ? (
          <div className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center">
            <h2 className="font-serif text-xl font-semibold text-ink">What are you looking for?</h2>
            <p className="mx-auto mt-2 max-w-md text-[0.9375rem] text-ink-muted">
              Search for a film by its title in any language — a typo or a missing accent is fine — for words in reviews, or for a
              member by name.
            </p>
          </div>
        ) : null
      ) : (
        <div className="flex flex-col gap-10">
          <p className="text-ink-muted" role="status">
            Results for <q className="font-medium text-ink">{query.q}</q>
          </p>
          <SearchGroup
            id="films"
            title="Films"
            total={results.films.total}
            emptyText="No films match. Check the spelling, or try the original title."
            links={pageLinks(query, 'filmsPage', 'films', results.films)}
          >
            <ResultList items={results.films.items} keyOf={(film) => film.id}>
              {(film) => <FilmResult film={film} query={query.q} />}
            </ResultList>
          </SearchGroup>
          <SearchGroup
            id="reviews"
            title="Reviews"
            total={results.reviews.total}
            totalCapped={results.reviews.totalCapped}
            emptyText={
              results.reviews.timedOut
                ? 'That search took too long to answer. Try a shorter search, with fewer or rarer words.'
                : 'No reviews mention that. Spoilers are never searched, so nothing hidden is given away.'
            }
            links={[
              ...(query.reviewsAfter
                ? [{ label: 'Best-matching reviews', href: searchHref({ ...query, reviewsAfter: undefined }) }]
                : []),
              ...(results.reviews.nextCursor
                ? [
                    {
                      label: 'More reviews',
                      href: searchHref({ ...query, reviewsAfter: results.reviews.nextCursor }),
                      rel: 'next' as const,
                    },
                  ]
                : []),
            ]}
          >
            <ResultList items={results.reviews.items} keyOf={(review) => review.id} ranked>
              {(review) => <ReviewCard review={review} headingLevel={3} highlight={query.q} />}
            </ResultList>
          </SearchGroup>
          <SearchGroup
            id="people"
            title="People"
            total={results.people.total}
            emptyText="No members by that name or handle."
            links={pageLinks(query, 'peoplePage', 'people', results.people)}
          >
            <ResultList items={results.people.items} keyOf={(person) => person.handle}>
              {(person) => <PersonResult person={person} query={query.q} />}
            </ResultList>
          </SearchGroup>
        </div>
      )}
    </PageShell>
  );
}
