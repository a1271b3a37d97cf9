import { cx } from './cx';
import { describedBy, FieldError } from './field-error';

export interface FieldProps {
  name: string;
  label: string;
  /** An input type, or 'textarea' for a multi-line field. */
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'number' | 'date' | 'textarea';
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
  const hasError = error !== undefined && error.length > 0;

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
    'aria-describedby': describedBy(id, { hint: Boolean(hint), errors: error }),
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
        <p id={`${id}-hint`} className="mb-2 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {type === 'textarea' ? <textarea rows={rows} {...shared} /> : <input type={type} {...shared} />}
      <FieldError id={`${id}-error`} errors={error} />
    </div>
  );
}
