import { z } from 'zod';

import { BIO_MAX, DISPLAY_NAME_MAX } from './limits';

/** What /settings' profile form submits. */
export const profileSchema = z.object({
  displayName: z
    .string({ error: 'Enter the name to show on your reviews.' })
    .trim()
    .min(1, 'Enter the name to show on your reviews.')
    .max(DISPLAY_NAME_MAX, `Keep your display name to ${DISPLAY_NAME_MAX} characters or fewer.`),
  bio: z.string().trim().max(BIO_MAX, `Keep your bio to ${BIO_MAX} characters or fewer.`).default(''),
});
export type ProfileInput = z.infer<typeof profileSchema>;
export type ProfileField = keyof ProfileInput;

/**
 * What "Delete my account" submits: what becomes of the member's writing, and
 * a confirmation — the password for members who have one, their handle typed
 * out for members who only sign in with GitHub or Google. Which one counts is
 * decided by the account (lib/users/delete-account.ts), not by the form.
 */
export const deleteAccountSchema = z
  .object({
    password: z.string().min(1, 'Enter your password to confirm.').max(1_000).optional(),
    handle: z.string().trim().min(1, 'Type your handle to confirm.').max(100).optional(),
    content: z.enum(['remove', 'keep'], { error: 'Choose what happens to your reviews and comments.' }),
  })
  .refine((value) => value.password !== undefined || value.handle !== undefined, {
    path: ['password'],
    message: 'Enter your password to confirm.',
  });
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
export type DeleteAccountField = keyof DeleteAccountInput;
