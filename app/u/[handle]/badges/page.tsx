import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { BadgeLadderCard } from '@/components/badge/badge-ladder';
import { PageShell } from '@/components/page/page-shell';
import { getBadgeBoard } from '@/lib/badges/queries';
import { getMemberProfile } from '@/lib/members/queries';

type Params = Promise<{ handle: string }>;

const profile = cache(getMemberProfile);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const member = await profile(decodeURIComponent((await params).handle));
  if (!member) return { title: 'Member not found' };
  const title = `${member.displayName}’s badges`;
  const description = `The badges ${member.displayName} has earned on Verdict, and what comes next.`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/u/${member.handle}/badges` },
    alternates: { canonical: `/u/${member.handle}/badges` },
  };
}

export default async function BadgeBoardPage({ params }: { params: Params }) {
  const member = await profile(decodeURIComponent((await params).handle));
  if (!member) notFound();
  const board = await getBadgeBoard(member.id);
  const earned = board.filter((entry) => entry.earned.length > 0);
  const unearned = board.filter((entry) => entry.earned.length === 0);

  return (
    <PageShell>
      <header className="mb-8 max-w-2xl">
        <p className="text-sm text-ink-muted">
          <Link href={`/u/${member.handle}`} className="font-medium text-ink underline-offset-4 hover:underline">
            {member.displayName}
          </Link>{' '}
          @{member.handle}
        </p>
        <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink">Badges</h1>
        <p className="mt-3 text-lg text-ink-muted">
          {earned.length === 0
            ? 'No badges yet — here is how to earn them.'
            : `${earned.reduce((sum, entry) => sum + entry.earned.length, 0)} earned so far, and the next target on every ladder.`}{' '}
          <Link href="/badges" className="text-accent underline underline-offset-4">
            Every badge
          </Link>
        </p>
      </header>
      {earned.length > 0 ? (
        <section aria-labelledby="earned-heading" className="mb-12">
          <h2 id="earned-heading" className="mb-4 font-serif text-2xl font-semibold text-ink">
            Earned
          </h2>
          <ul role="list" className="grid gap-4 md:grid-cols-2">
            {earned.map((entry) => (
              <BadgeLadderCard key={entry.key} entry={entry} />
            ))}
          </ul>
        </section>
      ) : null}
      {unearned.length > 0 ? (
        <section aria-labelledby="unearned-heading">
          <h2 id="unearned-heading" className="mb-4 font-serif text-2xl font-semibold text-ink">
            Still to earn
          </h2>
          <ul role="list" className="grid gap-4 md:grid-cols-2">
            {unearned.map((entry) => (
              <BadgeLadderCard key={entry.key} entry={entry} />
            ))}
          </ul>
        </section>
      ) : null}
    </PageShell>
  );
}
