import { cx } from './cx';

export interface FormMessageProps {
  /** Nothing renders when this is empty. */
  message?: string | null;
  tone?: 'error' | 'success';
  /** Optional list under the message, e.g. every field error at once. */
  details?: string[];
  className?: string;
}

/** Form-level summary shown above or below a form after a server action returns. */
export function FormMessage({ message, tone = 'error', details, className }: FormMessageProps) {
  if (!message) return null;
  const isError = tone === 'error';
  return (
    <div
      role="alert"
      className={cx(
        'flex gap-3 rounded-xl border px-4 py-3 text-sm',
        isError ? 'border-danger/40 bg-accent-soft text-ink' : 'border-success/40 bg-surface text-ink',
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className={cx('mt-0.5 size-5 flex-none fill-current', isError ? 'text-danger' : 'text-success')}
      >
        {isError ? (
          <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.9 4h1.8v5.5H9.1V6Zm0 7h1.8v1.8H9.1V13Z" />
        ) : (
          <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1.2 11.4L5.3 9.9l1.3-1.3 2.2 2.2 4.6-4.6 1.3 1.3-5.9 5.9Z" />
        )}
      </svg>
      <div>
        <p className="font-semibold">{message}</p>
        {details && details.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-ink-muted">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
