import type { ReactNode } from 'react';
import { cx } from './cx';

export interface ChipProps {
  children: ReactNode;
  /** neutral: facts (country, genre); warning: spoilers; accent: distinctions ("Original"). */
  tone?: 'neutral' | 'warning' | 'accent';
  /** Decorative leading glyph, hidden from assistive technology. */
  icon?: ReactNode;
  className?: string;
}

/** The look of each tone is `.chip-*` in ui.css. */
const tones = { neutral: 'chip-neutral', warning: 'chip-warning', accent: 'chip-accent' } as const;

export function Chip({ children, tone = 'neutral', icon, className }: ChipProps) {
  return (
    <span className={cx('chip', tones[tone], className)}>
      {icon ? (
        <span aria-hidden="true" className="inline-flex">
          {icon}
        </span>
      ) : null}
      {children}
    </span>
  );
}

/** The eye-with-a-slash glyph used wherever spoilers are flagged; drawn by `.icon-spoiler` in ui.css. */
export function SpoilerIcon({ className = 'size-3.5' }: { className?: string }) {
  return <span aria-hidden="true" className={cx('icon icon-spoiler', className)} />;
}
