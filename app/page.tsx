import type { Metadata } from 'next';

import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { ReviewList } from '@/components/review/review-list';
import { listLatestReviews } from '@/lib/reviews/queries';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { SITE_DESCRIPTION } from '@/lib/site';

export const metadata: Metadata = {
  title: { absolute: 'Verdict — film reviews worth reading' },
  description: SITE_DESCRIPTION,
  openGraph: { title: 'Verdict — film reviews worth reading', description: SITE_DESCRIPTION, url: '/' },
  alternates: { canonical: '/' },
};

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const after = firstParam((await searchParams).after);
  const page = await listLatestReviews({ after });

  return (
    <PageShell>
      <header className="mb-8 max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-[0.18em] text-accent">The community&rsquo;s verdicts</p>
        <h1 className="mt-2 font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl">Latest reviews</h1>
        <p className="mt-3 text-lg text-ink-muted">
          Long-form reviews by people who love films. Spoilers stay hidden until you choose to reveal them.
        </p>
      </header>
      <ReviewList reviews={page.reviews} emptyTitle="No reviews yet" emptyDescription="Be the first to write one." />
      {page.nextCursor && <MoreLink href={`/?after=${page.nextCursor}`}>Older reviews</MoreLink>}
    </PageShell>
  );
}
