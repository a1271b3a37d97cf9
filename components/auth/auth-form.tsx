'use client';

import Link from 'next/link';
import { type ReactNode, useActionState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/result';

/** A refused attempt as the form shows it: the fields' errors and what was typed. */
export type AuthFailure<Field extends string> = Extract<ActionResult<undefined, Field>, { ok: false }>;

type AuthAction<Field extends string> = (
  previous: ActionResult<undefined, Field> | null,
  formData: FormData,
) => Promise<ActionResult<undefined, Field>>;

export interface AuthFormProps<Field extends string> {
  action: AuthAction<Field>;
  /** Why an earlier attempt, made elsewhere, failed: shown until the form answers for itself. */
  notice?: string;
  /** Where to go once signed in; carried to the other form too. */
  callbackUrl: string;
  submit: { label: string; pendingLabel: string };
  /** The way to the other form: "New to Verdict? Create an account". */
  other: { prompt: string; label: string; path: '/signin' | '/signup' };
  /** The fields, given the last refusal (or null) to show its errors and values. */
  children: (failed: AuthFailure<Field> | null) => ReactNode;
}

/** The frame both the sign-in and the sign-up form share: message, fields, button, and the way to the other. */
export function AuthForm<Field extends string>({ action, notice, callbackUrl, submit, other, children }: AuthFormProps<Field>) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage tone="error" message={failed?.message ?? notice} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {children(failed)}
      <Button type="submit" pending={pending} className="w-full">
        {pending ? submit.pendingLabel : submit.label}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        {other.prompt}{' '}
        <Link
          className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong"
          href={`${other.path}?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          {other.label}
        </Link>
      </p>
    </form>
  );
}

export interface CredentialFieldsProps {
  email?: string;
  errors?: { email?: string[]; password?: string[] };
  /** `current-password` to sign in, `new-password` to choose one. */
  passwordAutoComplete: 'current-password' | 'new-password';
  passwordHint?: string;
}

/** Email and password; the password is never filled back in. */
export function CredentialFields({ email, errors, passwordAutoComplete, passwordHint }: CredentialFieldsProps) {
  return (
    <>
      <Field name="email" label="Email" type="email" autoComplete="email" required defaultValue={email} error={errors?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete={passwordAutoComplete}
        required
        hint={passwordHint}
        error={errors?.password}
      />
    </>
  );
}
