import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { DiaryMonths } from '@/components/diary/diary-months';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { groupByMonth } from '@/lib/diary/dates';
import { parseDiaryCursor } from '@/lib/diary/params';
import { getDiaryPage } from '@/lib/diary/queries';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { parseHandle } from '@/lib/validation/params';

type Params = Promise<{ handle: string }>;

// Metadata and the page read the same first page; cache() makes it one query.
const diary = cache(async (raw: string, cursor: string | undefined) => {
  const handle = parseHandle(decodeURIComponent(raw));
  return handle === null ? null : getDiaryPage(handle, parseDiaryCursor(cursor));
});

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const page = await diary((await params).handle, firstParam((await searchParams).after));
  if (!page) return { title: 'Member not found' };
  const title = `${page.member.displayName}’s diary`;
  const description = `The films ${page.member.displayName} watched, month by month, on Verdict.`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/u/${page.member.handle}/diary` },
    alternates: { canonical: `/u/${page.member.handle}/diary` },
  };
}

export default async function DiaryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const page = await diary((await params).handle, firstParam((await searchParams).after));
  if (!page) notFound();
  const { member } = page;
  return (
    <PageShell narrow>
      <header className="mb-8">
        <p className="text-sm text-ink-muted">
          <Link href={`/u/${member.handle}`} className="font-medium text-ink underline-offset-4 hover:underline">
            {member.displayName}
          </Link>{' '}
          @{member.handle}
        </p>
        <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink">Diary</h1>
      </header>
      {page.entries.length === 0 ? (
        <EmptyState title="No watches logged yet" description={`${member.displayName} hasn't logged a watch yet.`} />
      ) : (
        <DiaryMonths months={groupByMonth(page.entries)} />
      )}
      {page.nextCursor ? <MoreLink href={`/u/${member.handle}/diary?after=${page.nextCursor}`}>Older watches</MoreLink> : null}
    </PageShell>
  );
}
