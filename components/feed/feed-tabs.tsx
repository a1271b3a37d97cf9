import Link from 'next/link';

import { cx } from '@/components/ui/cx';

export interface FeedTab {
  label: string;
  href: string;
  current: boolean;
}

/** The feed's views as links: each is a page of its own, with or without JavaScript. */
export function FeedTabs({ label, tabs, size = 'md' }: { label: string; tabs: FeedTab[]; size?: 'md' | 'sm' }) {
  return (
    <nav aria-label={label}>
      <ul role="list" className={cx('flex flex-wrap', size === 'md' ? 'gap-1 border-b border-line' : 'gap-2')}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={cx(
                'inline-flex items-center font-medium transition-colors duration-150',
                size === 'md'
                  ? '-mb-px min-h-11 border-b-2 px-4 text-[0.9375rem]'
                  : 'min-h-8 rounded-full border px-3 text-sm',
                size === 'md' && (tab.current ? 'border-accent text-ink' : 'border-transparent text-ink-muted hover:text-ink'),
                size === 'sm' &&
                  (tab.current
                    ? 'border-ink bg-ink text-paper'
                    : 'border-line-strong text-ink-muted hover:border-ink-muted hover:text-ink'),
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
