import type { Metadata } from 'next';

import { FeedTabs, PeriodTabs, viewTabs } from '@/components/feed/feed-tabs';
import { LoadMoreList } from '@/components/feed/load-more';
import { PageShell } from '@/components/page/page-shell';
import { LIST_CLASSES, ReviewListItems } from '@/components/review/review-list';
import { EmptyState } from '@/components/ui/empty-state';
import { loadHomeFeedPageAction } from '@/app/_actions/home-feed';
import { getViewer } from '@/lib/auth/viewer';
import {
  homeFeedHref,
  type HomeFeedQuery,
  type FeedSort,
  parseHomeFeedQuery,
  TOP_PERIODS,
  type TopPeriod,
} from '@/lib/reviews/params';
import { listHomeFeed } from '@/lib/reviews/home-feed-queries';
import type { SearchParams } from '@/lib/url/search-params';
import { SITE_DESCRIPTION } from '@/lib/site';
import { upvotedReviewIds } from '@/lib/members/reader-queries';

const TITLE = 'Verdict — film reviews worth reading';

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: SITE_DESCRIPTION,
  openGraph: { title: TITLE, description: SITE_DESCRIPTION, url: '/' },
  alternates: { canonical: '/', types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Verdict — newest reviews' }] } },
};

const SORT_TABS: Array<{ sort: FeedSort; label: string }> = [
  { sort: 'hot', label: 'Trending' },
  { sort: 'new', label: 'New' },
  { sort: 'top', label: 'Top' },
  { sort: 'following', label: 'Following' },
];

const PERIOD_LABELS: Record<TopPeriod, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year', all: 'All time' };

const HEADINGS: Record<FeedSort, string> = {
  hot: 'Trending reviews',
  new: 'Newest reviews',
  top: 'Most upvoted reviews',
  following: 'From people you follow',
};

function emptyText(query: HomeFeedQuery, signedIn: boolean) {
  if (query.sort === 'following') {
    return signedIn
      ? {
          title: 'Nothing from people you follow yet',
          description:
            'Follow members whose reviews you trust, from their profile or any of their reviews, and their new verdicts will gather here.',
        }
      : {
          title: 'Your own feed, from people you follow',
          description: 'Sign in and follow members whose reviews you trust; their new verdicts will gather here.',
        };
  }
  if (query.sort === 'top' && query.period !== 'all') {
    return { title: 'Nothing upvoted in this period yet', description: 'Try a longer period, or see what is trending now.' };
  }
  return { title: 'No reviews yet', description: 'Be the first to write one.' };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseHomeFeedQuery(await searchParams);
  const viewer = await getViewer();
  const page = await listHomeFeed(query, { viewerId: viewer?.id });
  const upvotedIds = await upvotedReviewIds(
    viewer?.id,
    page.reviews.map((review) => review.id),
  );
  const view = { sort: query.sort, period: query.period };
  const empty = emptyText(query, viewer !== null);

  return (
    <PageShell>
      <header className="mb-8 max-w-2xl">
        <p className="text-sm font-semibold tracking-[0.18em] text-accent uppercase">The community&rsquo;s verdicts</p>
        <h1 className="mt-2 font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl">Film reviews worth reading</h1>
        <p className="mt-3 text-lg text-ink-muted">
          Long-form reviews by people who love films. Spoilers stay hidden until you choose to reveal them.
        </p>
      </header>

      <FeedTabs
        label="Feed"
        tabs={SORT_TABS.map(({ sort, label }) => ({
          label,
          href: homeFeedHref({ sort, period: query.period }),
          current: sort === query.sort,
        }))}
      />
      {query.sort === 'top' ? (
        <PeriodTabs
          tabs={viewTabs(
            TOP_PERIODS,
            query.period,
            (period) => PERIOD_LABELS[period],
            (period) => homeFeedHref({ sort: 'top', period }),
          )}
        />
      ) : null}

      <section aria-labelledby="feed-heading" className="mt-8">
        <h2 id="feed-heading" className="sr-only">
          {HEADINGS[query.sort]}
        </h2>
        {page.reviews.length === 0 ? (
          <EmptyState title={empty.title} description={empty.description} headingLevel={3} />
        ) : (
          <LoadMoreList
            className={LIST_CLASSES}
            nextCursor={page.nextCursor}
            nextHref={page.nextCursor ? homeFeedHref({ ...view, after: page.nextCursor }) : null}
            loadMore={loadHomeFeedPageAction.bind(null, { sort: query.sort, t: query.period })}
            label="Load more"
            noun="reviews"
          >
            <ReviewListItems
              reviews={page.reviews}
              headingLevel={3}
              votes={{
                viewerHandle: viewer?.handle ?? null,
                upvotedIds,
                returnTo: homeFeedHref({ ...view, after: query.after }),
              }}
            />
          </LoadMoreList>
        )}
      </section>
    </PageShell>
  );
}
