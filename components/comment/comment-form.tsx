'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';

import { describedBy, FieldError } from '@/components/ui/field-error';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { FormMessage } from '@/components/ui/form-message';
import type { CommentFormState } from '@/lib/actions/comments';
import { COMMENT_BODY_MAX } from '@/lib/validation/lengths';

export interface CommentFormProps {
  action: (previous: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  /** Unique on the page: the textarea's id and its hint and error ids derive from it. */
  id: string;
  /** Hidden fields the action needs (reviewId, parentId or commentId, returnTo). */
  fields: Record<string, string | number>;
  submitLabel: string;
  defaultValue?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Show the "Comment" label (the thread's own box); reply and edit boxes keep it for screen readers only. */
  showLabel?: boolean;
  /** A Cancel control beside the submit button (a button with JavaScript, a link without). */
  cancel?: ReactNode;
  className?: string;
}

/**
 * A comment's Markdown box: a "Comment" textarea, its error beside it in a
 * live region, and the submit button. Works without JavaScript: the action
 * redirects on success and, on failure, the page comes back with what was
 * typed (keyed by `at`, because defaultValue only applies on mount).
 */
export function CommentForm({
  action,
  id,
  fields,
  submitLabel,
  defaultValue = '',
  placeholder,
  autoFocus,
  showLabel = false,
  cancel,
  className,
}: CommentFormProps) {
  const [state, submit, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const errors = failure?.fieldErrors.body;
  const invalid = errors !== undefined && errors.length > 0;
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  return (
    <form action={submit} noValidate className={cx('flex flex-col gap-3', className)}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && !invalid ? <FormMessage message={failure.message} /> : null}
      <div className="flex flex-col">
        <label htmlFor={id} className={showLabel ? 'mb-1.5 text-sm font-semibold text-ink' : 'sr-only'}>
          Comment
        </label>
        <textarea
          key={failure?.at ?? 0}
          ref={textarea}
          id={id}
          name="body"
          rows={3}
          required
          maxLength={COMMENT_BODY_MAX}
          defaultValue={failure?.values.body ?? defaultValue}
          placeholder={placeholder}
          spellCheck
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(id, { hint: true, errors })}
          className={cx(
            'block min-h-24 w-full resize-y rounded-lg border bg-surface px-3.5 py-2.5 font-serif text-base leading-relaxed text-ink shadow-card',
            'placeholder:text-ink-muted transition-colors duration-150 [field-sizing:content]',
            'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus',
            invalid ? 'border-danger' : 'border-line-strong hover:border-ink-muted',
          )}
        />
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-ink-muted">
          Markdown works; hide spoilers with <code className="font-mono">&gt;!like this!&lt;</code>; mention someone with{' '}
          <code className="font-mono">@handle</code>.
        </p>
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" pending={pending}>
          {submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
