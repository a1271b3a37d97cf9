import Link from 'next/link';

import type { TopBadge } from '@/lib/badges/queries';

import { BadgeArt } from './badge-art';

/** A member's top badge beside their name, linking to their badge board. */
export function BadgeChip({ badge, handle }: { badge: TopBadge; handle: string }) {
  return (
    <Link
      href={`/u/${handle}/badges`}
      className="relative z-10 inline-flex items-center gap-1.5 rounded-full border border-line bg-surface py-0.5 pr-2.5 pl-0.5 text-xs font-medium text-ink-muted hover:border-line-strong hover:text-ink"
    >
      <BadgeArt category={badge.category} level={badge.level} size="sm" />
      <span>{badge.title}</span>
    </Link>
  );
}
