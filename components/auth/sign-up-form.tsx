'use client';

import { Field } from '@/components/ui/field';
import type { signUpAction } from '@/lib/actions/auth';

import { AuthForm, CredentialFields } from './auth-form';

export function SignUpForm({ action, callbackUrl }: { action: typeof signUpAction; callbackUrl: string }) {
  return (
    <AuthForm
      action={action}
      callbackUrl={callbackUrl}
      submit={{ label: 'Sign up', pendingLabel: 'Creating your account…' }}
      other={{ prompt: 'Already a member?', label: 'Sign in', path: '/signin' }}
    >
      {(failed) => (
        <>
          <Field
            name="displayName"
            label="Display name"
            autoComplete="name"
            required
            hint="How your name appears on reviews. You can change it later."
            defaultValue={failed?.values.displayName}
            error={failed?.fieldErrors.displayName}
          />
          <Field
            name="handle"
            label="Handle"
            autoComplete="username"
            required
            hint="Your address on Verdict: /u/handle. 3–30 letters, numbers, hyphens or underscores."
            defaultValue={failed?.values.handle}
            error={failed?.fieldErrors.handle}
          />
          <CredentialFields
            email={failed?.values.email}
            errors={failed?.fieldErrors}
            passwordAutoComplete="new-password"
            passwordHint="At least 10 characters."
          />
        </>
      )}
    </AuthForm>
  );
}
