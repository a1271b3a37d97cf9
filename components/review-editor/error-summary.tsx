'use client';

import { useEffect, useRef } from 'react';

export interface ErrorSummaryProps {
  message: string;
  /** Each field's errors with the field's label and the id to link to. */
  fields: Array<{ id: string; label: string; errors: string[] }>;
  /** Changes with every failed save, so a repeated failure takes focus again. */
  at: number;
}

/**
 * The form's errors at the top, each a link to its field (the GOV.UK
 * pattern): announced as an alert and focused, so keyboard users start from
 * the list. FormMessage's details are plain text, hence this sibling.
 */
export function ErrorSummary({ message, fields, at }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.focus();
  }, [at]);

  return (
    <div
      ref={box}
      role="alert"
      tabIndex={-1}
      className="flex gap-3 rounded-xl border border-danger/40 bg-accent-soft px-4 py-3 text-sm text-ink"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 flex-none fill-current text-danger">
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.9 4h1.8v5.5H9.1V6Zm0 7h1.8v1.8H9.1V13Z" />
      </svg>
      <div className="min-w-0">
        <p className="font-semibold">{message}</p>
        {fields.length > 0 ? (
          <ul className="mt-1.5 space-y-1">
            {fields.flatMap((field) =>
              field.errors.map((error) => (
                <li key={`${field.id}-${error}`}>
                  <a href={`#${field.id}`} className="text-danger underline decoration-1 underline-offset-2 hover:decoration-2">
                    <span className="font-semibold">{field.label}:</span> {error}
                  </a>
                </li>
              )),
            )}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
