import { z } from 'zod';

import { HANDLE_PATTERN, normalizeHandle, RESERVED_HANDLES } from '@/lib/users/handle';

export const emailField = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(200, 'That password is too long.'),
});

export const signUpSchema = z.object({
  email: emailField,
  password: z
    .string({ error: 'Choose a password.' })
    .min(10, 'Use at least 10 characters.')
    .max(200, 'Use at most 200 characters.'),
  handle: z
    .string({ error: 'Choose a handle.' })
    .transform(normalizeHandle)
    .pipe(
      z
        .string()
        .min(3, 'Use at least 3 characters.')
        .max(30, 'Use at most 30 characters.')
        .regex(HANDLE_PATTERN, 'Use only letters, numbers, hyphens and underscores.')
        .refine((handle) => !RESERVED_HANDLES.has(handle), 'That handle is reserved. Try another.'),
    ),
  displayName: z
    .string({ error: 'Enter the name people will see.' })
    .trim()
    .min(1, 'Enter the name people will see.')
    .max(50, 'Use at most 50 characters.'),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
