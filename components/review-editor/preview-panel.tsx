import { cx } from '@/components/ui/cx';
import { UserContent } from '@/components/ui/user-content';

export interface PreviewPanelProps {
  /** The body as the server rendered it (the same Markdown pipeline as the published page); null while it is on its way. */
  html: string | null;
  /** Nothing written yet: say so instead of showing an empty box. */
  empty: boolean;
  /** A newer preview is on its way. */
  busy: boolean;
  /** 'inline' replaces the textarea (with JavaScript); 'standalone' sits above the form (without). */
  placement: 'inline' | 'standalone';
}

export function PreviewPanel({ html, empty, busy, placement }: PreviewPanelProps) {
  const standalone = placement === 'standalone';
  return (
    <section
      aria-label="Preview"
      aria-busy={busy || undefined}
      className={cx(
        standalone ? 'rounded-card border border-line bg-surface p-5 shadow-card sm:p-8' : 'min-h-96 px-5 py-5 sm:px-8 sm:py-7',
        busy && 'opacity-60 transition-opacity',
      )}
    >
      {standalone ? (
        <p className="mb-5 border-b border-line pb-3 text-sm text-ink-muted">
          <span className="font-semibold text-ink">Preview.</span> This is how your review will read once published. Keep editing
          below.
        </p>
      ) : null}
      {empty ? (
        <p className="text-ink-muted">Nothing to preview yet. Write your review first.</p>
      ) : html === null ? (
        <p className="text-ink-muted">Preparing the preview…</p>
      ) : (
        <UserContent html={html} />
      )}
    </section>
  );
}
