/**
 * A field's errors, in a polite live region that is always in the page (so
 * assistive technology is already watching when errors arrive); the control
 * points at it with aria-describedby (`describedBy` below). Every form's
 * fields show their errors through this one list.
 */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true" className="text-sm font-medium text-danger">
      {errors?.map((message, index) => (
        <p key={`${index}-${message}`} className="mt-1.5 flex items-start gap-1.5">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 size-4 flex-none fill-current">
            <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm-.75 3.25h1.5v4.5h-1.5v-4.5Zm0 5.75h1.5V12h-1.5v-1.5Z" />
          </svg>
          <span>{message}</span>
        </p>
      ))}
    </div>
  );
}

/** `aria-describedby` for a control with an optional hint and its errors. */
export function describedBy(id: string, { hint, errors }: { hint: boolean; errors: string[] | undefined }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors && errors.length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
