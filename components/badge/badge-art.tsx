import type { BadgeCategory } from '@/lib/badges/ladders';

import { cx } from '@/components/ui/cx';

/** Metals by rung: bronze, silver, gold, then the rarer stones. */
const METALS = [
  { rim: '#8a4b1f', face: '#c9803f', shine: '#e8b27a' },
  { rim: '#6b7280', face: '#b9c0c9', shine: '#e5e9ee' },
  { rim: '#8a6508', face: '#d9a520', shine: '#f5d470' },
  { rim: '#1f5f6b', face: '#3fa7b5', shine: '#a7e3ea' },
  { rim: '#6b1f4f', face: '#b5407f', shine: '#eaa7cd' },
  { rim: '#3b2a7a', face: '#6d5bd0', shine: '#c3b9f5' },
  { rim: '#7a1f1f', face: '#c94040', shine: '#f0a0a0' },
  { rim: '#1d1a17', face: '#4a443d', shine: '#a39a8e' },
  { rim: '#0b3d2e', face: '#1f8a5f', shine: '#8fe0bd' },
] as const;

/** One glyph per category, drawn on a 24-unit grid centred in the medal. */
const GLYPHS: Record<BadgeCategory, React.ReactNode> = {
  upvotes: <path d="M12 5 6 12h4v7h4v-7h4L12 5Z" />,
  writing: <path d="M6 18.5 7 14l8.5-8.5 3 3L10 17l-4 1.5ZM14 7l3 3" />,
  conversation: <path d="M5 6.5h14v9H11l-4 3v-3H5v-9Z" />,
  discovery: (
    <>
      <circle cx="12" cy="12" r="7" />
      <path d="M5 12h14M12 5c2.5 2.5 2.5 11.5 0 14M12 5c-2.5 2.5-2.5 11.5 0 14" />
    </>
  ),
  membership: <path d="m12 5 2.1 4.3 4.7.7-3.4 3.3.8 4.7L12 15.8 7.8 18l.8-4.7L5.2 10l4.7-.7L12 5Z" />,
};

export interface BadgeArtProps {
  category: BadgeCategory;
  /** The rung on its ladder, 0 for the first. */
  level: number;
  /** Unearned badges are drawn in grey. */
  earned?: boolean;
  /** The text alternative, e.g. "Upvotes received · 100 badge"; omit when text beside it already says so. */
  label?: string;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

/** A medal made for Verdict: metal by rung, glyph by category. */
export function BadgeArt({ category, level, earned = true, label, size = 'md', className }: BadgeArtProps) {
  const metal = METALS[Math.min(level, METALS.length - 1)]!;
  const colours = earned ? metal : { rim: '#9c948a', face: '#d8d2c9', shine: '#efebe5' };
  return (
    <svg
      viewBox="0 0 48 48"
      role={label ? 'img' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : true}
      className={cx(
        'flex-none',
        size === 'sm' ? 'size-6' : size === 'md' ? 'size-12' : 'size-20',
        !earned && 'opacity-70',
        className,
      )}
    >
      <circle cx="24" cy="24" r="22" fill={colours.rim} />
      <circle cx="24" cy="24" r="18.5" fill={colours.face} />
      <path
        d="M10 20a15 15 0 0 1 22-11"
        fill="none"
        stroke={colours.shine}
        strokeWidth="2.5"
        strokeLinecap="round"
        opacity="0.8"
      />
      <g
        transform="translate(12 12)"
        fill="none"
        stroke={earned ? '#fffdf9' : '#7b736a'}
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {GLYPHS[category]}
      </g>
    </svg>
  );
}
