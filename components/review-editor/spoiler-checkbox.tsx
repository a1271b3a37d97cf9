import { cx } from '@/components/ui/cx';

import { describedBy, FieldError } from '@/components/ui/field-error';

const ID = 'containsSpoilers';

/** The "Contains spoilers" flag, with what it does for readers. */
export function SpoilerCheckbox({ defaultChecked, error }: { defaultChecked: boolean; error: string[] | undefined }) {
  const invalid = error !== undefined && error.length > 0;
  return (
    <div>
      <div
        className={cx(
          'flex items-start gap-3 rounded-xl border bg-surface p-4 shadow-card',
          invalid ? 'border-danger' : 'border-line',
        )}
      >
        <input
          type="checkbox"
          id={ID}
          name={ID}
          defaultChecked={defaultChecked}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(ID, { hint: true, errors: error })}
          className="mt-0.5 size-5 flex-none cursor-pointer accent-accent"
        />
        <div className="min-w-0">
          <label htmlFor={ID} className="cursor-pointer font-semibold text-ink">
            Contains spoilers
          </label>
          <p id={`${ID}-hint`} className="mt-1 text-sm text-ink-muted">
            Tick this if your review gives away more than the first act. Readers see a warning before they open it and feeds show
            no excerpt. Mark the spoilers themselves as well: they stay hidden until a reader reveals them.
          </p>
        </div>
      </div>
      <FieldError id={`${ID}-error`} errors={error} />
    </div>
  );
}
