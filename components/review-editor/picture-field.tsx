'use client';

import { useEffect, useRef } from 'react';

import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { Field } from '@/components/ui/field';
import { describedBy, FieldError } from '@/components/ui/field-error';
import { IMAGE_CAPTION_MAX, IMAGE_DESCRIPTION_MAX } from '@/lib/media/params';

const ID = 'image';
const ACCEPTED = 'image/jpeg,image/png,image/webp,image/gif';

export interface PictureFieldProps {
  /** Changes when the server hands values back, so the fields take them. */
  valuesKey: number;
  description: string;
  caption: string;
  errors: { image?: string[]; imageDescription?: string[]; imageCaption?: string[] };
  /** Whether an "Insert picture" submission is on its way. */
  busy: boolean;
  disabled: boolean;
}

/**
 * "Add image" with its "Image description" and "Caption". "Insert picture"
 * submits the whole review form (`intent=add-image`), so without JavaScript
 * it is a plain file field that works the same; the server writes the
 * picture's Markdown into the review. With JavaScript a picture can also be
 * dropped on this box or pasted anywhere in the form: either fills the file
 * field, and the description is asked for next.
 */
export function PictureField({ valuesKey, description, caption, errors, busy, disabled }: PictureFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const invalid = errors.image !== undefined && errors.image.length > 0;

  const take = (files: FileList | null | undefined) => {
    const file = files && Array.from(files).find((candidate) => candidate.type.startsWith('image/'));
    if (!file || !input.current) return false;
    const chosen = new DataTransfer();
    chosen.items.add(file);
    input.current.files = chosen.files;
    input.current.form?.querySelector<HTMLInputElement>('#imageDescription')?.focus();
    return true;
  };

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const paste = (event: ClipboardEvent) => {
      if (take(event.clipboardData?.files)) event.preventDefault();
    };
    form.addEventListener('paste', paste);
    return () => form.removeEventListener('paste', paste);
  }, []);

  return (
    <fieldset
      className={cx('space-y-5 rounded-card border bg-surface p-5 shadow-card', invalid ? 'border-danger' : 'border-line')}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        if (take(event.dataTransfer.files)) event.preventDefault();
      }}
    >
      <legend className="px-1 text-sm font-semibold text-ink">Pictures</legend>
      <div className="flex flex-col">
        <label htmlFor={ID} className="mb-1.5 text-sm font-semibold text-ink">
          Add image
        </label>
        <p id={`${ID}-hint`} className="mb-3 max-w-prose text-sm leading-relaxed text-ink-muted">
          A JPEG, PNG, WebP or GIF. Choose one, drop it here or paste it. Verdict removes its location and camera details before
          anyone sees it.
        </p>
        <input
          key={`image-${valuesKey}`}
          ref={input}
          id={ID}
          name={ID}
          type="file"
          accept={ACCEPTED}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(ID, { hint: true, errors: errors.image })}
          className="block w-full text-sm text-ink file:mr-4 file:rounded-md file:border-0 file:bg-sunken file:px-3 file:py-2 file:font-medium file:text-ink"
        />
        <FieldError id={`${ID}-error`} errors={errors.image} />
      </div>
      <Field
        key={`description-${valuesKey}`}
        name="imageDescription"
        label="Image description"
        hint="What the picture shows, for readers who cannot see it."
        maxLength={IMAGE_DESCRIPTION_MAX}
        autoComplete="off"
        defaultValue={description}
        error={errors.imageDescription}
      />
      <Field
        key={`caption-${valuesKey}`}
        name="imageCaption"
        label="Caption"
        hint="Shown under the picture. Optional."
        maxLength={IMAGE_CAPTION_MAX}
        autoComplete="off"
        defaultValue={caption}
        error={errors.imageCaption}
      />
      <Button type="submit" name="intent" value="add-image" variant="secondary" pending={busy} disabled={disabled}>
        Insert picture
      </Button>
    </fieldset>
  );
}
