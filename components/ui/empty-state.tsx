import type { ReactNode } from 'react';
import { cx } from './cx';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** A call to action, e.g. `<Link className={buttonClasses('primary')}>`. */
  action?: ReactNode;
  /** Heading level for the title so it fits the page outline. */
  headingLevel?: 2 | 3;
  className?: string;
}

export function EmptyState({ title, description, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className={cx(
        'flex flex-col items-center rounded-card border border-dashed border-line-strong px-6 py-12 text-center',
        className,
      )}
    >
      <svg viewBox="0 0 48 48" aria-hidden="true" className="mb-4 size-12 fill-none stroke-ink-muted" strokeWidth="1.5">
        <rect x="6" y="10" width="36" height="28" rx="3" />
        <path d="M14 10v28M34 10v28M6 17h8M6 24h8M6 31h8M34 17h8M34 24h8M34 31h8" />
        <path d="M21 20.5v7l6-3.5-6-3.5Z" />
      </svg>
      <Heading className="font-serif text-xl font-semibold text-ink">{title}</Heading>
      {description ? <div className="mt-2 max-w-md text-[0.9375rem] text-ink-muted">{description}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}

/** The words a list says when it has nothing to show, each falling back to the list's own. */
export interface EmptyListProps {
  emptyTitle?: string;
  emptyDescription?: ReactNode;
  emptyAction?: ReactNode;
}

/** A list's empty state: its caller's words where given, the list's `defaults` otherwise. */
export function EmptyList({
  defaults,
  emptyTitle = defaults.title,
  emptyDescription = defaults.description,
  emptyAction,
  headingLevel,
  className,
}: EmptyListProps & { defaults: { title: string; description: ReactNode }; headingLevel: 2 | 3; className?: string }) {
  return (
    <EmptyState
      title={emptyTitle}
      description={emptyDescription}
      action={emptyAction}
      headingLevel={headingLevel}
      className={className}
    />
  );
}
