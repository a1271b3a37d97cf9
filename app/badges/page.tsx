import type { Metadata } from 'next';
import Link from 'next/link';

import { BadgeArt } from '@/components/badge/badge-art';
import { PageShell } from '@/components/page/page-shell';
import { badgeSentence, LADDERS, tierTitle } from '@/lib/badges/ladders';
import { getHolderCounts } from '@/lib/badges/queries';

export const metadata: Metadata = {
  title: 'Badges',
  description: 'Every badge on Verdict, how to earn it, and how many members hold it.',
  openGraph: { title: 'Badges · Verdict', url: '/badges' },
  alternates: { canonical: '/badges' },
};

const count = new Intl.NumberFormat('en');

export default async function BadgesPage() {
  const holders = await getHolderCounts();
  return (
    <PageShell>
      <header className="mb-10 max-w-2xl">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Badges</h1>
        <p className="mt-3 text-lg text-ink-muted">
          Recognition for the work that makes Verdict worth reading. Every badge, how to earn it, and how many members hold it.{' '}
          <Link href="/leaderboard" className="text-accent underline underline-offset-4">
            See the leaderboard
          </Link>
        </p>
      </header>
      <ul role="list" className="grid gap-5 md:grid-cols-2">
        {LADDERS.map((ladder) => (
          <li key={ladder.key} className="rounded-card border border-line bg-surface p-5 shadow-card">
            <div className="flex items-start gap-4">
              <BadgeArt category={ladder.category} level={0} label={`${ladder.name} badge`} />
              <div className="min-w-0">
                <h2 className="font-serif text-xl font-semibold text-ink">
                  <Link href={`/badges/${ladder.key}`} className="underline-offset-4 hover:underline">
                    {ladder.name}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-ink-muted">{ladder.howTo}</p>
              </div>
            </div>
            <table className="mt-4 w-full text-sm">
              <caption className="sr-only">Tiers of {ladder.name} and their holders</caption>
              <thead>
                <tr className="text-left text-ink-muted">
                  <th scope="col" className="pb-1 font-medium">
                    Tier
                  </th>
                  <th scope="col" className="pb-1 font-medium">
                    What it says
                  </th>
                  <th scope="col" className="pb-1 text-right font-medium">
                    Holders
                  </th>
                </tr>
              </thead>
              <tbody>
                {ladder.tiers.map((tier, level) => (
                  <tr key={tier} className="border-t border-line">
                    <td className="py-1.5 pr-3 align-top">
                      <span className="inline-flex items-center gap-2 font-medium text-ink">
                        <BadgeArt category={ladder.category} level={level} size="sm" />
                        {ladder.tiers.length > 1 ? count.format(tier) : 'One-off'}
                      </span>
                    </td>
                    <td className="py-1.5 pr-3 align-top text-ink-muted">{ladder.achieved(tier)}</td>
                    <td className="py-1.5 text-right align-top text-ink tabular-nums">
                      <span className="sr-only">{tierTitle(ladder, tier)}: </span>
                      {count.format(holders.get(`${ladder.key}:${tier}`) ?? 0)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="sr-only">{badgeSentence(ladder, ladder.tiers[0]!)}</p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
