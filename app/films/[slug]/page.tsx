import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { FilmCredits } from '@/components/film/film-credits';
import { FilmHero } from '@/components/film/film-hero';
import { RatingSummary } from '@/components/film/rating-summary';
import { VersionsTable } from '@/components/film/versions-table';
import { WriteReviewLink } from '@/components/film/write-review-link';
import { WatchOptions } from '@/components/film/watch-options';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { ReviewFilters } from '@/components/review/review-filters';
import { ReviewList } from '@/components/review/review-list';
import { getViewer } from '@/lib/auth/viewer';
import { getFilmDetail } from '@/lib/films/queries';
import { FilmWatching } from '@/components/diary/film-watching';
import { logWatchAction } from '@/lib/actions/diary';
import { setWatchlistAction } from '@/lib/actions/watchlist';
import { getFilmWatchState } from '@/lib/diary/queries';
import { type FilmReviewQuery, filmReviewSearch, hasFilters, parseFilmReviewQuery } from '@/lib/reviews/params';
import { listFilmReviewPage } from '@/lib/reviews/film-review-queries';
import type { SearchParams } from '@/lib/url/search-params';
import { upvotedReviewIds } from '@/lib/members/reader-queries';

type Params = Promise<{ slug: string }>;

// Metadata and the page ask for the same film; cache() makes it one query.
const film = cache(getFilmDetail);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const detail = await film((await params).slug);
  if (!detail) return { title: 'Film not found' };
  const name = `${detail.title} (${detail.year})`;
  const description = detail.synopsis || `Reviews of ${name} on Verdict.`;
  return {
    title: name,
    description,
    openGraph: {
      type: 'video.movie',
      title: name,
      description,
      url: `/films/${detail.slug}`,
    },
    alternates: {
      canonical: `/films/${detail.slug}`,
      types: { 'application/atom+xml': [{ url: `/films/${detail.slug}/feed.xml`, title: `Reviews of ${name}` }] },
    },
  };
}

export default async function FilmPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const detail = await film((await params).slug);
  if (!detail) notFound();
  const query = parseFilmReviewQuery(await searchParams);
  const viewer = await getViewer();
  const reviews = await listFilmReviewPage(detail.id, query, { viewerId: viewer?.id });
  const { ratings, versions } = detail;
  const [upvotedIds, watchState] = await Promise.all([
    upvotedReviewIds(
      viewer?.id,
      reviews.reviews.map((review) => review.id),
    ),
    getFilmWatchState(detail.id, viewer?.id),
  ]);
  const reviewed = watchState.ownReviewId !== null;

  const path = `/films/${detail.slug}`;
  // Links land on the list, not the top of the page, with or without JavaScript.
  const reviewsHref = (view: FilmReviewQuery) => `${path}${filmReviewSearch(view)}#reviews-heading`;

  return (
    <PageShell>
      <FilmHero film={detail} />
      <VersionsTable versions={versions} className="mt-12" />
      <div className="mt-12 grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="reviews-heading" className="min-w-0">
          <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
            <h2 id="reviews-heading" className="font-serif text-2xl font-semibold text-ink">
              Reviews
            </h2>
            <WriteReviewLink slug={detail.slug} reviewed={reviewed} />
          </div>
          <RatingSummary summary={ratings} className="mb-6" />
          {ratings.reviewCount > 0 ? (
            <ReviewFilters
              action={`${path}#reviews-heading`}
              query={query}
              sortHref={(sort) => reviewsHref({ ...query, sort, after: undefined })}
              clearHref={hasFilters(query) ? reviewsHref({ sort: query.sort, hideSpoilers: false }) : null}
            />
          ) : null}
          <ReviewList
            reviews={reviews.reviews}
            headingLevel={3}
            showFilm={false}
            votes={{ viewerHandle: viewer?.handle ?? null, upvotedIds, returnTo: `${path}${filmReviewSearch(query)}` }}
            {...(hasFilters(query)
              ? {
                  emptyTitle: 'No reviews match these filters',
                  emptyDescription: 'Try a wider rating range, or show reviews with spoilers.',
                }
              : { emptyTitle: 'No reviews of this film yet', emptyDescription: 'Seen it? Yours could be the first verdict.' })}
          />
          {reviews.nextCursor && <MoreLink href={reviewsHref({ ...query, after: reviews.nextCursor })}>More reviews</MoreLink>}
        </section>
        <aside className="space-y-10">
          <FilmWatching
            slug={detail.slug}
            wanting={detail.wanting}
            viewer={viewer ? { handle: viewer.handle, state: watchState } : null}
            watchlistAction={setWatchlistAction.bind(null, detail.slug)}
            logWatchAction={logWatchAction.bind(null, detail.slug)}
            today={new Date().toISOString().slice(0, 10)}
          />
          <FilmCredits film={detail} />
          <WatchOptions options={detail.watchOptions} />
        </aside>
      </div>
    </PageShell>
  );
}
