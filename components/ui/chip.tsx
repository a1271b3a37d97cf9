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

const tones = {
  neutral: 'border-line bg-sunken text-ink-muted',
  warning: 'border-warning-line bg-warning-soft text-warning-ink',
  accent: 'border-transparent bg-accent-soft text-accent',
} as const;

export function Chip({ children, tone = 'neutral', icon, className }: ChipProps) {
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 font-sans text-xs font-medium leading-5 whitespace-nowrap',
        tones[tone],
        className,
      )}
    >
      {icon ? (
        <span aria-hidden="true" className="inline-flex">
          {icon}
        </span>
      ) : null}
      {children}
    </span>
  );
}

/** The eye-with-a-slash glyph used wherever spoilers are flagged. */
export function SpoilerIcon({ className = 'size-3.5' }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={cx('fill-none stroke-current', className)} strokeWidth="1.6" aria-hidden="true">
      <path d="M3 3l14 14M8.2 5.3A8.6 8.6 0 0 1 10 5c4.5 0 7.5 5 7.5 5a13 13 0 0 1-2.3 2.8M5.3 7A13 13 0 0 0 2.5 10s3 5 7.5 5a7.8 7.8 0 0 0 3.2-.7" />
      <path d="M8.6 8.7a2 2 0 0 0 2.7 2.7" />
    </svg>
  );
}
