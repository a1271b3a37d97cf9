import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { BadgeArt } from '@/components/badge/badge-art';
import { PageShell } from '@/components/page/page-shell';
import { Avatar } from '@/components/ui/avatar';
import { TimeAgo } from '@/components/ui/time-ago';
import { ladder as findLadder, tierTitle } from '@/lib/badges/ladders';
import { listRecentHolders } from '@/lib/badges/queries';

type Params = Promise<{ key: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ladder = findLadder((await params).key);
  if (!ladder) return { title: 'Badge not found' };
  return {
    title: `${ladder.name} badge`,
    description: `${ladder.howTo} The members who earned it most recently.`,
    openGraph: { title: `${ladder.name} badge · Verdict`, url: `/badges/${ladder.key}` },
    alternates: { canonical: `/badges/${ladder.key}` },
  };
}

export default async function BadgePage({ params }: { params: Params }) {
  const ladder = findLadder((await params).key);
  if (!ladder) notFound();
  const holders = await listRecentHolders(ladder.key);

  return (
    <PageShell narrow>
      <header className="mb-8 flex items-start gap-5">
        <BadgeArt category={ladder.category} level={ladder.tiers.length - 1} label={`${ladder.name} badge`} size="lg" />
        <div>
          <p className="text-sm text-ink-muted">
            <Link href="/badges" className="underline-offset-4 hover:underline">
              Badges
            </Link>
          </p>
          <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink">{ladder.name}</h1>
          <p className="mt-2 text-lg text-ink-muted">{ladder.howTo}</p>
        </div>
      </header>
      <section aria-labelledby="holders-heading">
        <h2 id="holders-heading" className="mb-4 font-serif text-2xl font-semibold text-ink">
          Recently earned
        </h2>
        {holders.length === 0 ? (
          <p className="text-ink-muted">Nobody has earned this badge yet. It could be you.</p>
        ) : (
          <ol role="list" className="divide-y divide-line rounded-card border border-line bg-surface shadow-card">
            {holders.map((holder) => (
              <li key={`${holder.handle}-${holder.tier}`} className="flex items-center gap-3 px-4 py-3">
                <Avatar handle={holder.handle} displayName={holder.displayName} image={holder.image} size="sm" />
                <Link href={`/u/${holder.handle}/badges`} className="font-medium text-ink underline-offset-4 hover:underline">
                  {holder.displayName}
                </Link>
                <span className="text-sm text-ink-muted">{tierTitle(ladder, holder.tier)}</span>
                <TimeAgo date={holder.awardedAt} className="ml-auto text-sm text-ink-muted" />
              </li>
            ))}
          </ol>
        )}
      </section>
    </PageShell>
  );
}
