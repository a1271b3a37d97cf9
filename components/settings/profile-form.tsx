'use client';

import { useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { updateProfileAction } from '@/lib/actions/settings';
import { BIO_MAX, DISPLAY_NAME_MAX } from '@/lib/validation/lengths';

export interface ProfileFormProps {
  action: typeof updateProfileAction;
  initial: { displayName: string; bio: string };
}

/** Display name and bio; on an error everything typed stays in the fields. */
export function ProfileForm({ action, initial }: ProfileFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? initial;

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage tone={failed ? 'error' : 'success'} message={state?.message} />
      <Field
        key={`name-${failed ? 'failed' : 'saved'}`}
        name="displayName"
        label="Display name"
        autoComplete="name"
        required
        maxLength={DISPLAY_NAME_MAX}
        hint="How your name appears on your reviews and comments."
        defaultValue={values.displayName}
        error={failed?.fieldErrors.displayName}
      />
      <Field
        key={`bio-${failed ? 'failed' : 'saved'}`}
        name="bio"
        label="Bio"
        type="textarea"
        rows={4}
        maxLength={BIO_MAX}
        hint={`A few words about what you watch and why. Up to ${BIO_MAX} characters.`}
        defaultValue={values.bio}
        error={failed?.fieldErrors.bio}
      />
      <Button type="submit" pending={pending}>
        {pending ? 'Saving…' : 'Save profile'}
      </Button>
    </form>
  );
}
