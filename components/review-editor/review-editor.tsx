'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { RatingInput } from '@/components/ui/rating-input';
import type { previewReviewAction, ReviewFormState, ReviewFormValues } from '@/lib/actions/reviews';
import { REVIEW_TITLE_MAX, type ReviewField } from '@/lib/validation/review';

import { BodyField, type EditorView } from './body-field';
import { ErrorSummary } from './error-summary';
import { PreviewPanel } from './preview-panel';
import { SpoilerCheckbox } from './spoiler-checkbox';
import { useHydrated } from './use-hydrated';

export interface ReviewEditorProps {
  /** saveReviewAction bound to the film's slug. */
  saveAction: (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
  previewAction: typeof previewReviewAction;
  /** The published review's values when editing; empty when writing. */
  initialValues: ReviewFormValues;
  editing: boolean;
  /** Where "Delete this review" leads; only when editing. */
  deleteHref: string | null;
}

/** Labels and link targets for the error summary, in form order. */
const FIELDS: Array<{ name: ReviewField; label: string; id: string }> = [
  { name: 'title', label: 'Title', id: 'title' },
  { name: 'rating', label: 'Rating', id: 'rating' },
  { name: 'body', label: 'Review', id: 'body' },
  { name: 'containsSpoilers', label: 'Contains spoilers', id: 'containsSpoilers' },
];

/**
 * The review form. Two actions share it: "Post/Save review" (the form's
 * action) and "Preview" (a submit button's formAction), each with its own
 * useActionState, so both work without JavaScript. Every result carries the
 * values that were sent; whichever result is newer (`at`) fills the fields,
 * so nothing typed is lost when React resets the form after an action. The
 * controls are keyed by that `at` because defaultValue only applies on mount.
 */
export function ReviewEditor({ saveAction, previewAction, initialValues, editing, deleteHref }: ReviewEditorProps) {
  const hydrated = useHydrated();
  const [saved, save, saving] = useActionState(saveAction, null);
  const [previewed, requestPreview, previewing] = useActionState(previewAction, null);

  const failure = saved && !saved.ok ? saved : null;
  const preview = previewed && previewed.ok && 'values' in previewed ? previewed : null;
  const latest = preview && (!failure || preview.at > failure.at) ? preview : failure;
  const values = latest?.values ?? initialValues;
  const valuesKey = latest?.at ?? 0;

  // A page rendered after a no-JavaScript preview opens on the preview once it hydrates.
  const [view, setView] = useState<EditorView>(() => (preview ? 'preview' : 'write'));
  const previewIsCurrent = preview !== null && latest === preview;
  const previewInPlace = hydrated && view === 'preview' && (previewing || previewIsCurrent);
  const previewEmpty = (preview?.values.body ?? '').trim() === '';

  const summary = failure
    ? FIELDS.flatMap(({ name, label, id }) => {
        const errors = failure.fieldErrors[name];
        return errors && errors.length > 0 ? [{ id, label, errors }] : [];
      })
    : [];

  return (
    <div className="space-y-8">
      {!hydrated && preview ? (
        <PreviewPanel placement="standalone" empty={previewEmpty} busy={false}>
          {preview.data.preview}
        </PreviewPanel>
      ) : null}

      <form action={save} noValidate className="space-y-8">
        {/*
          Enter in the title submits with the form's first submit button, which
          would otherwise be Preview; this keeps it "Post/Save review".
        */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />

        {failure ? <ErrorSummary message={failure.message} fields={summary} at={failure.at} /> : null}

        <Field
          key={`title-${valuesKey}`}
          name="title"
          label="Title"
          hint="A headline for your verdict: what would make someone stop and read?"
          required
          maxLength={REVIEW_TITLE_MAX}
          autoComplete="off"
          defaultValue={values.title ?? ''}
          error={failure?.fieldErrors.title}
        />

        <RatingInput
          key={`rating-${valuesKey}`}
          name="rating"
          legend="Rating"
          required
          defaultValue={Number(values.rating) || undefined}
          error={failure?.fieldErrors.rating}
        />

        <BodyField
          defaultValue={values.body ?? ''}
          valuesKey={valuesKey}
          error={failure?.fieldErrors.body}
          previewAction={requestPreview}
          interactive={hydrated}
          onViewChange={setView}
          disabled={saving}
          preview={
            previewInPlace
              ? {
                  content: previewIsCurrent ? preview?.data.preview : null,
                  empty: previewIsCurrent && previewEmpty,
                  busy: previewing,
                }
              : null
          }
        />

        <SpoilerCheckbox
          key={`spoilers-${valuesKey}`}
          defaultChecked={values.containsSpoilers === 'on'}
          error={failure?.fieldErrors.containsSpoilers}
        />

        <div className="flex flex-wrap items-center justify-between gap-4 border-t border-line pt-6">
          <Button type="submit" disabled={saving || previewing} aria-busy={saving || undefined}>
            {editing ? 'Save review' : 'Post review'}
          </Button>
          {deleteHref ? (
            <Link
              href={deleteHref}
              className="text-sm font-medium text-danger underline decoration-1 underline-offset-4 hover:decoration-2"
            >
              Delete this review
            </Link>
          ) : null}
        </div>
      </form>
    </div>
  );
}
