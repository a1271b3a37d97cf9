'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FieldError, describedBy } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { halfStarsLabel } from '@/components/ui/rating-input';
import type { LogWatchState } from '@/lib/actions/diary';

export interface LogWatchFormProps {
  /** logWatchAction bound to the film's slug. */
  action: (previous: LogWatchState, formData: FormData) => Promise<LogWatchState>;
  /** Today, `YYYY-MM-DD`, the day the form starts on. */
  today: string;
  /** Whether the member has a review of this film a watch can link to. */
  hasReview: boolean;
}

const RATINGS = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1] as const;

/** "Log a watch": the day, whether it was a rewatch, an optional rating and link to the member's review. */
export function LogWatchForm({ action, today, hasReview }: LogWatchFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  // A fresh form after each logged watch; the same one, as typed, after a refusal.
  const key = state?.ok ? `logged-${state.data.entryId}` : 'form';
  return (
    <form key={key} action={formAction} className="space-y-4" aria-labelledby="log-watch-heading">
      <h3 id="log-watch-heading" className="font-serif text-lg font-semibold text-ink">
        Log a watch
      </h3>
      <FormMessage message={failed?.message} />
      <FormMessage tone="success" message={state?.ok ? state.message : null} />
      <Field
        name="watchedOn"
        label="Watched on"
        type="date"
        defaultValue={values.watchedOn || today}
        error={errors.watchedOn}
        required
      />
      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          name="rewatch"
          defaultChecked={values.rewatch === 'on'}
          className="size-4 accent-[var(--color-accent)]"
        />
        <span className="font-medium text-ink">Rewatch</span>
      </label>
      <div className="flex flex-col">
        <label htmlFor="watch-rating" className="mb-1.5 text-sm font-semibold text-ink">
          Rating
        </label>
        <select
          id="watch-rating"
          name="rating"
          defaultValue={values.rating ?? ''}
          aria-invalid={errors.rating ? true : undefined}
          aria-describedby={describedBy('watch-rating', { hint: false, errors: errors.rating })}
          className="rounded-lg border border-line-strong bg-surface px-3 py-2 text-ink"
        >
          <option value="">No rating</option>
          {RATINGS.map((rating) => (
            <option key={rating} value={rating}>
              {halfStarsLabel(rating)}
            </option>
          ))}
        </select>
        <FieldError id="watch-rating-error" errors={errors.rating} />
      </div>
      {hasReview ? (
        <div>
          <label className="flex items-center gap-3">
            <input
              type="checkbox"
              name="linkReview"
              defaultChecked={values.linkReview === 'on'}
              className="size-4 accent-[var(--color-accent)]"
            />
            <span className="font-medium text-ink">Link to my review</span>
          </label>
          <FieldError id="linkReview-error" errors={errors.linkReview} />
        </div>
      ) : null}
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {pending ? 'Logging…' : 'Log watch'}
      </Button>
    </form>
  );
}
