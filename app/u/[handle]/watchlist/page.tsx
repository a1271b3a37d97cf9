import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { FeedTabs } from '@/components/feed/feed-tabs';
import { PageShell } from '@/components/page/page-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { StarRating } from '@/components/ui/star-rating';
import { getViewer } from '@/lib/auth/viewer';
import { parseWatchlistSort, WATCHLIST_SORTS } from '@/lib/watchlist/params';
import { getWatchlistPage } from '@/lib/watchlist/queries';
import type { WatchlistSort } from '@/lib/watchlist/types';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { parseHandle } from '@/lib/validation/params';

type Params = Promise<{ handle: string }>;

const SORT_LABELS: Record<WatchlistSort, string> = { added: 'Date added', year: 'Year', rating: 'Rating' };

const handleOf = async (params: Params) => parseHandle(decodeURIComponent((await params).handle));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const handle = await handleOf(params);
  if (handle === null) return { title: 'Member not found' };
  const title = `@${handle}’s watchlist`;
  const description = `The films @${handle} wants to watch, on Verdict.`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/u/${handle}/watchlist` },
    alternates: { canonical: `/u/${handle}/watchlist` },
  };
}

export default async function WatchlistPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const handle = await handleOf(params);
  if (handle === null) notFound();
  const sort = parseWatchlistSort(firstParam((await searchParams).sort));
  const viewer = await getViewer();
  const page = await getWatchlistPage(handle, viewer?.id, sort);
  if (!page) notFound();
  const { member } = page;
  const href = (value: WatchlistSort) => `/u/${member.handle}/watchlist${value === 'added' ? '' : `?sort=${value}`}`;
  return (
    <PageShell narrow>
      <header className="mb-8">
        <p className="text-sm text-ink-muted">
          <Link href={`/u/${member.handle}`} className="font-medium text-ink underline-offset-4 hover:underline">
            {member.displayName}
          </Link>{' '}
          @{member.handle}
        </p>
        <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink">Watchlist</h1>
      </header>
      {!page.visible ? (
        <EmptyState
          title="This watchlist is private"
          description={`${member.displayName} keeps their watchlist to themselves.`}
        />
      ) : page.films.length === 0 ? (
        <EmptyState title="Nothing on the watchlist yet" description={`${member.displayName} hasn't added a film yet.`} />
      ) : (
        <>
          <FeedTabs
            label="Sort watchlist"
            size="sm"
            tabs={WATCHLIST_SORTS.map((value) => ({ label: SORT_LABELS[value], href: href(value), current: value === sort }))}
          />
          <ol role="list" className="mt-6 divide-y divide-line">
            {page.films.map((film) => (
              <li key={film.slug} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3">
                <Link href={`/films/${film.slug}`} className="font-medium text-ink underline-offset-4 hover:underline">
                  {film.title} ({film.year})
                </Link>
                {film.averageRating !== null ? <StarRating rating={film.averageRating} kind="average" size="sm" /> : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </PageShell>
  );
}
