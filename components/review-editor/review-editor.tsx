'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { RatingInput } from '@/components/ui/rating-input';
import type { ReviewEditorField, ReviewFormState, ReviewFormValues } from '@/lib/actions/reviews';
import { REVIEW_TITLE_MAX } from '@/lib/validation/lengths';

import { BodyField, type EditorView } from './body-field';
import { ErrorSummary } from './error-summary';
import { PictureField } from './picture-field';
import { PreviewPanel } from './preview-panel';
import { SpoilerCheckbox } from './spoiler-checkbox';
import { useHydrated } from '@/components/ui/use-hydrated';

export interface ReviewEditorProps {
  /** saveReviewAction bound to the film's slug. */
  saveAction: (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
  /** The published review's values when editing; empty when writing. */
  initialValues: ReviewFormValues;
  editing: boolean;
  /** Where "Delete this review" leads; only when editing. */
  deleteHref: string | null;
}

/** Labels and link targets for the error summary, in form order. */
const FIELDS: Array<{ name: ReviewEditorField; label: string; id: string }> = [
  { name: 'title', label: 'Title', id: 'title' },
  { name: 'rating', label: 'Rating', id: 'rating' },
  { name: 'body', label: 'Review', id: 'body' },
  { name: 'image', label: 'Add image', id: 'image' },
  { name: 'imageDescription', label: 'Image description', id: 'imageDescription' },
  { name: 'imageCaption', label: 'Caption', id: 'imageCaption' },
  { name: 'containsSpoilers', label: 'Contains spoilers', id: 'containsSpoilers' },
];

type Intent = 'save' | 'preview' | 'add-image';

function intentOf(submitter: Element | null | undefined): Intent {
  const value = submitter?.getAttribute('value');
  return value === 'preview' || value === 'add-image' ? value : 'save';
}

/**
 * The review form. "Post/Save review" and "Preview" submit it to one action
 * (Preview adds `intent=preview`), so both work without JavaScript. Every
 * result carries the values that were sent and fills the fields again, so
 * nothing typed is lost when React resets the form after an action. The
 * controls are keyed by the result's `at` because defaultValue only applies
 * on mount.
 */
export function ReviewEditor({ saveAction, initialValues, editing, deleteHref }: ReviewEditorProps) {
  const hydrated = useHydrated();
  const [state, submit, pending] = useActionState(saveAction, null);
  // Which button sent the pending submission: it decides what shows as busy.
  const [intent, setIntent] = useState<Intent>('save');
  const saving = pending && intent === 'save';
  const previewing = pending && intent === 'preview';
  const addingPicture = pending && intent === 'add-image';

  const failure = state && !state.ok ? state : null;
  const preview = state && state.ok && 'values' in state && 'html' in state.data ? { ...state, data: state.data } : null;
  const pictureAdded = state && state.ok && 'values' in state && 'pictureAdded' in state.data ? state : null;
  const values = (failure ?? preview ?? pictureAdded)?.values ?? initialValues;
  const valuesKey = state?.at ?? 0;

  // A page rendered after a no-JavaScript preview opens on the preview once it hydrates.
  const [view, setView] = useState<EditorView>(() => (preview ? 'preview' : 'write'));
  const previewIsCurrent = preview !== null;
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
        <PreviewPanel placement="standalone" empty={previewEmpty} busy={false} html={preview.data.html} />
      ) : null}

      <form
        action={submit}
        noValidate
        className="space-y-8"
        onSubmit={(event) => {
          setIntent(intentOf((event.nativeEvent as SubmitEvent).submitter));
        }}
      >
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
          interactive={hydrated}
          onViewChange={setView}
          disabled={saving}
          preview={
            previewInPlace
              ? {
                  html: previewIsCurrent ? preview.data.html : null,
                  empty: previewIsCurrent && previewEmpty,
                  busy: previewing,
                }
              : null
          }
        />

        <PictureField
          valuesKey={valuesKey}
          description={values.imageDescription ?? ''}
          caption={values.imageCaption ?? ''}
          errors={{
            image: failure?.fieldErrors.image,
            imageDescription: failure?.fieldErrors.imageDescription,
            imageCaption: failure?.fieldErrors.imageCaption,
          }}
          busy={addingPicture}
          disabled={saving || previewing}
        />

        <SpoilerCheckbox
          key={`spoilers-${valuesKey}`}
          defaultChecked={values.containsSpoilers === 'on'}
          error={failure?.fieldErrors.containsSpoilers}
        />

        <div className="flex flex-wrap items-center justify-between gap-4 border-t border-line pt-6">
          <Button type="submit" pending={saving || previewing || addingPicture}>
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
