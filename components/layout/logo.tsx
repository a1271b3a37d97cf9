import { cx } from '@/components/ui/cx';

/** Verdict's mark: a projector-light frame with a check-like V. Decorative; the wordmark carries the name. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cx('size-8 flex-none', className)}>
      <rect x="1" y="1" width="30" height="30" rx="9" className="fill-accent" />
      <path
        d="M9 10.5l7 12 7-12"
        className="fill-none stroke-on-accent"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="7.5" r="1.6" className="fill-on-accent" />
    </svg>
  );
}
