import { cx } from './cx';

export interface FieldProps {
  name: string;
  label: string;
  /** An input type, or 'textarea' for a multi-line field. */
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'number' | 'textarea';
  defaultValue?: string | number;
  /** Field errors from the server action; the first render with errors announces them. */
  error?: string[];
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  placeholder?: string;
  /** Visible rows when type is 'textarea'. */
  rows?: number;
  minLength?: number;
  maxLength?: number;
  /** Defaults to `name`; set it when one page renders the same field twice. */
  id?: string;
  className?: string;
}

const control =
  'block w-full rounded-lg border bg-surface px-3.5 py-2.5 text-base text-ink shadow-card ' +
  'placeholder:text-ink-muted transition-colors duration-150 ' +
  'focus-visible:outline-2 focus-visible:outline-offset-1';

export function Field({
  name,
  label,
  type = 'text',
  defaultValue,
  error,
  hint,
  autoComplete,
  required,
  placeholder,
  rows = 8,
  minLength,
  maxLength,
  id = name,
  className,
}: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error.length > 0;
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;

  const shared = {
    id,
    name,
    defaultValue,
    required,
    placeholder,
    minLength,
    maxLength,
    autoComplete,
    'aria-invalid': hasError || undefined,
    'aria-describedby': describedBy,
    className: cx(
      control,
      hasError ? 'border-danger' : 'border-line-strong hover:border-ink-muted',
      type === 'textarea' && 'min-h-40 resize-y font-serif leading-relaxed',
    ),
  };

  return (
    <div className={cx('flex flex-col', className)}>
      <label htmlFor={id} className="mb-1.5 text-sm font-semibold text-ink">
        {label}
        {required ? (
          <span className="ml-1 font-normal text-ink-muted" aria-hidden="true">
            (required)
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="mb-2 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {type === 'textarea' ? <textarea rows={rows} {...shared} /> : <input type={type} {...shared} />}
      {/* Always present so assistive technology is already watching when errors arrive. */}
      <div id={errorId} aria-live="polite" aria-atomic="true" className="text-sm font-medium text-danger">
        {hasError
          ? error.map((message, index) => (
              <p key={`${index}-${message}`} className="mt-1.5 flex items-start gap-1.5">
                <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 size-4 flex-none fill-current">
                  <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm-.75 3.25h1.5v4.5h-1.5v-4.5Zm0 5.75h1.5V12h-1.5v-1.5Z" />
                </svg>
                <span>{message}</span>
              </p>
            ))
          : null}
      </div>
    </div>
  );
}
