'use client';

import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

import { cx } from '@/components/ui/cx';
import { REVIEW_BODY_MAX, REVIEW_BODY_MIN } from '@/lib/validation/lengths';

import { describedBy, FieldError } from '@/components/ui/field-error';
import { PreviewPanel } from './preview-panel';
import { WordCount } from './word-count';

const ID = 'body';
const count = new Intl.NumberFormat('en');

export type EditorView = 'write' | 'preview';

export interface BodyFieldProps {
  defaultValue: string;
  /** Changes when the server hands values back, so the uncontrolled textarea takes them. */
  valuesKey: number;
  error: string[] | undefined;
  /** Rendered preview (sanitised HTML, null while it is on its way) to show in place of the textarea, or null to show the textarea. */
  preview: { html: string | null; empty: boolean; busy: boolean } | null;
  /** With JavaScript: Write and Preview switch views. Without: Preview posts the form and there is no Write. */
  interactive: boolean;
  onViewChange: (view: EditorView) => void;
  disabled: boolean;
}

const toggle =
  'inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium transition-colors duration-150 ' +
  'text-ink-muted hover:text-ink aria-pressed:bg-surface aria-pressed:text-ink aria-pressed:shadow-card ' +
  'disabled:cursor-not-allowed disabled:opacity-60';

/**
 * The review's Markdown: a serif writing surface that grows with the text,
 * a Write / Preview pair above it, a word count below. In preview the
 * textarea stays mounted (hidden), so what was typed is still submitted.
 */
export function BodyField({ defaultValue, valuesKey, error, preview, interactive, onViewChange, disabled }: BodyFieldProps) {
  const [text, setText] = useState(defaultValue);
  const [seenKey, setSeenKey] = useState(valuesKey);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const invalid = error !== undefined && error.length > 0;
  const previewing = preview !== null;

  // Values from the server replace the textarea's; the count follows them.
  if (seenKey !== valuesKey) {
    setSeenKey(valuesKey);
    setText(defaultValue);
  }

  const write = () => {
    flushSync(() => onViewChange('write'));
    textarea.current?.focus();
  };

  return (
    <div className="flex flex-col">
      <label htmlFor={ID} className="mb-1.5 text-sm font-semibold text-ink">
        Review
        <span className="ml-1 font-normal text-ink-muted" aria-hidden="true">
          (required)
        </span>
      </label>
      <p id={`${ID}-hint`} className="mb-3 max-w-prose text-sm leading-relaxed text-ink-muted">
        Markdown works: <Code>**bold**</Code>, <Code>*italics*</Code>, <Code># A heading</Code>, <Code>&gt; a quote</Code>. Hide a
        spoiler inside a sentence with <Code>&gt;!like this!&lt;</Code>, or a whole passage by putting it between{' '}
        <Code>:::spoiler The ending</Code> and <Code>:::</Code>, each on its own line. Between {count.format(REVIEW_BODY_MIN)} and{' '}
        {count.format(REVIEW_BODY_MAX)} characters.
      </p>

      <div
        className={cx(
          'overflow-hidden rounded-card border bg-surface shadow-card transition-colors',
          'has-[textarea:focus-visible]:outline-2 has-[textarea:focus-visible]:outline-offset-2 has-[textarea:focus-visible]:outline-focus',
          invalid ? 'border-danger' : 'border-line-strong',
        )}
      >
        <div className="flex items-center justify-between gap-3 border-b border-line bg-sunken px-2 py-1.5">
          <div role="group" aria-label="Editor view" className="flex gap-1">
            {interactive ? (
              <button type="button" className={toggle} aria-pressed={!previewing} onClick={write}>
                Write
              </button>
            ) : null}
            <button
              type="submit"
              name="intent"
              value="preview"
              className={toggle}
              aria-pressed={interactive ? previewing : undefined}
              disabled={disabled}
              onClick={() => onViewChange('preview')}
            >
              Preview
            </button>
          </div>
          <span className="hidden pr-2 text-xs text-ink-muted sm:inline">Markdown</span>
        </div>

        <textarea
          key={valuesKey}
          ref={textarea}
          id={ID}
          name={ID}
          defaultValue={defaultValue}
          required
          minLength={REVIEW_BODY_MIN}
          maxLength={REVIEW_BODY_MAX}
          rows={16}
          hidden={previewing}
          spellCheck
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(ID, { hint: true, errors: error })}
          onChange={(event) => setText(event.target.value)}
          placeholder="What did you see, and what did it make you feel?"
          className={cx(
            'block min-h-96 w-full resize-y bg-transparent px-5 py-5 font-serif text-[1.0625rem] leading-[1.75] text-ink [field-sizing:content]',
            'placeholder:text-ink-muted focus-visible:outline-none sm:px-8 sm:py-7 sm:text-lg',
          )}
        />
        {preview ? <PreviewPanel placement="inline" busy={preview.busy} empty={preview.empty} html={preview.html} /> : null}
      </div>

      <div className="mt-2">
        <WordCount id={`${ID}-count`} text={text} />
      </div>
      <FieldError id={`${ID}-error`} errors={error} />
    </div>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-sunken px-1 py-0.5 font-mono text-[0.8125rem] text-ink">{children}</code>;
}
