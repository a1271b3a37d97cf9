import { z } from 'zod';

import { HANDLE_PATTERN, normalizeHandle, RESERVED_HANDLES } from './handle';

import { DISPLAY_NAME_MAX } from './lengths';
import { text } from './text';

export const emailField = text({ required: 'Enter your email address.', max: 254, tooLong: 'That email address is too long.' })
  .transform((email) => email.toLowerCase())
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

export const signInSchema = z.object({
  email: emailField,
  password: text({ required: 'Enter your password.', max: 200, tooLong: 'That password is too long.', trim: false }),
});

export const signUpSchema = z.object({
  email: emailField,
  password: text({
    required: 'Choose a password.',
    min: { length: 10, message: 'Use at least 10 characters.' },
    max: 200,
    trim: false,
  }),
  handle: text({ required: 'Choose a handle.', max: 100, tooLong: 'Use at most 30 characters.' })
    .transform(normalizeHandle)
    .pipe(
      z
        .string()
        .min(3, 'Use at least 3 characters.')
        .max(30, 'Use at most 30 characters.')
        .regex(HANDLE_PATTERN, 'Use only letters, numbers, hyphens and underscores.')
        .refine((handle) => !RESERVED_HANDLES.has(handle), 'That handle is reserved. Try another.'),
    ),
  displayName: text({ required: 'Enter the name people will see.', max: DISPLAY_NAME_MAX }),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
