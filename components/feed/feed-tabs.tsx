import Link from 'next/link';

import { cx } from '@/components/ui/cx';

export interface FeedTab {
  label: string;
  href: string;
  current: boolean;
}

/**
 * The feed's views as links: each is a page of its own, with or without
 * JavaScript. The current one is marked by `aria-current`, which also draws it
 * (feed-tabs.css).
 */
export function FeedTabs({ label, tabs, size = 'md' }: { label: string; tabs: FeedTab[]; size?: 'md' | 'sm' }) {
  return (
    <nav aria-label={label}>
      <ul role="list" className={cx('flex flex-wrap', size === 'md' ? 'gap-1 border-b border-line' : 'gap-2')}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={size === 'md' ? 'feed-tab' : 'feed-tab-pill'}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One tab per view, in the order given: its label, its link, and whether it is the one shown. */
export function viewTabs<View extends string>(
  views: readonly View[],
  shown: View,
  label: (view: View) => string,
  href: (view: View) => string,
): FeedTab[] {
  return views.map((view) => ({ label: label(view), href: href(view), current: view === shown }));
}

/** The smaller row under a ranking's tabs that picks the time it covers. */
export function PeriodTabs({ tabs }: { tabs: FeedTab[] }) {
  return (
    <div className="mt-4">
      <FeedTabs label="Period" size="sm" tabs={tabs} />
    </div>
  );
}
