import type { Metadata } from 'next';
import Link from 'next/link';

import { FeedTabs, PeriodTabs, viewTabs } from '@/components/feed/feed-tabs';
import { PageShell } from '@/components/page/page-shell';
import { Avatar } from '@/components/ui/avatar';
import { getViewer } from '@/lib/auth/viewer';
import { getLeaderboard } from '@/lib/badges/leaderboard-queries';
import {
  LEADERBOARD_METRICS,
  LEADERBOARD_PERIODS,
  type LeaderboardMetric,
  type LeaderboardPeriod,
  parseLeaderboardQuery,
} from '@/lib/badges/params';
import type { SearchParams } from '@/lib/url/search-params';

export const metadata: Metadata = {
  title: 'Leaderboard',
  description:
    'Verdict’s most upvoted writers, most prolific reviewers and most decorated members, this week, this month and of all time.',
  openGraph: { title: 'Leaderboard · Verdict', url: '/leaderboard' },
  alternates: { canonical: '/leaderboard' },
};

const METRIC_LABELS: Record<LeaderboardMetric, { tab: string; column: string }> = {
  upvotes: { tab: 'Upvotes received', column: 'Upvotes' },
  reviews: { tab: 'Reviews published', column: 'Reviews' },
  badges: { tab: 'Badges earned', column: 'Badges' },
};
const PERIOD_LABELS: Record<LeaderboardPeriod, string> = { week: 'This week', month: 'This month', all: 'All time' };
const count = new Intl.NumberFormat('en');

const href = (metric: LeaderboardMetric, period: LeaderboardPeriod) => `/leaderboard?by=${metric}&t=${period}`;

export default async function LeaderboardPage({ searchParams }: { searchParams: SearchParams }) {
  const { metric, period } = parseLeaderboardQuery(await searchParams);
  const viewer = await getViewer();
  const board = await getLeaderboard(metric, period, viewer?.id);

  return (
    <PageShell>
      <header className="mb-8 max-w-2xl">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Leaderboard</h1>
        <p className="mt-3 text-lg text-ink-muted">
          Compare yourself to others: who wrote what readers valued most.{' '}
          <Link href="/badges" className="text-accent underline underline-offset-4">
            How badges are earned
          </Link>
        </p>
      </header>
      <FeedTabs
        label="Ranking"
        tabs={viewTabs(
          LEADERBOARD_METRICS,
          metric,
          (value) => METRIC_LABELS[value].tab,
          (value) => href(value, period),
        )}
      />
      <PeriodTabs
        tabs={viewTabs(
          LEADERBOARD_PERIODS,
          period,
          (value) => PERIOD_LABELS[value],
          (value) => href(metric, value),
        )}
      />

      {board.viewer ? (
        <p
          role="status"
          className="mt-6 rounded-xl border border-line bg-surface px-4 py-3 text-[0.9375rem] text-ink shadow-card"
        >
          {board.viewer.rank === null
            ? `You are not on this board yet: ${METRIC_LABELS[metric].tab.toLowerCase()} ${PERIOD_LABELS[period].toLowerCase()} puts you here.`
            : `You are ranked #${count.format(board.viewer.rank)} with ${count.format(board.viewer.score)} ${METRIC_LABELS[metric].column.toLowerCase()}.`}
        </p>
      ) : null}

      {board.rows.length === 0 ? (
        <p className="mt-8 text-ink-muted">Nobody yet in this period. The board is wide open.</p>
      ) : (
        <table className="mt-6 w-full overflow-hidden rounded-card border border-line bg-surface text-left shadow-card">
          <caption className="sr-only">
            {METRIC_LABELS[metric].tab}, {PERIOD_LABELS[period].toLowerCase()}
          </caption>
          <thead className="bg-sunken text-sm text-ink-muted">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Rank
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Member
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                {METRIC_LABELS[metric].column}
              </th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <tr key={row.handle} className="border-t border-line">
                <td className="px-4 py-2.5 font-serif text-lg font-semibold text-ink tabular-nums">{row.rank}</td>
                <td className="px-4 py-2.5">
                  <span className="flex items-center gap-3">
                    <Avatar handle={row.handle} displayName={row.displayName} image={row.image} size="sm" />
                    <Link href={`/u/${row.handle}`} className="font-medium text-ink underline-offset-4 hover:underline">
                      {row.displayName}
                    </Link>
                    <span className="hidden text-sm text-ink-muted sm:inline">@{row.handle}</span>
                  </span>
                </td>
                <td className="px-4 py-2.5 text-right text-ink tabular-nums">{count.format(row.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PageShell>
  );
}
