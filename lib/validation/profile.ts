import { z } from 'zod';

import { BIO_MAX, DISPLAY_NAME_MAX } from './lengths';
import { text } from './text';

/** What /settings' profile form submits. */
export const profileSchema = z.object({
  displayName: text({
    required: 'Enter the name to show on your reviews.',
    max: DISPLAY_NAME_MAX,
    tooLong: `Keep your display name to ${DISPLAY_NAME_MAX} characters or fewer.`,
  }),
  bio: text({ max: BIO_MAX, tooLong: `Keep your bio to ${BIO_MAX} characters or fewer.` }),
});
export type ProfileInput = z.infer<typeof profileSchema>;
export type ProfileField = keyof ProfileInput;

/**
 * What "Delete my account" submits: what becomes of the member's writing, and
 * a confirmation — the password for members who have one, their handle typed
 * out for members who only sign in with GitHub or Google. A field the form
 * did not carry arrives as `undefined`; which one counts is decided by the
 * account (lib/members/mutations.ts), not by the form.
 */
export const deleteAccountSchema = z
  .object({
    password: text({ required: 'Enter your password to confirm.', max: 1_000, trim: false }).optional(),
    handle: text({ required: 'Type your handle to confirm.', max: 100 }).optional(),
    content: z.enum(['remove', 'keep'], { error: 'Choose what happens to your reviews and comments.' }),
  })
  .refine((value) => value.password !== undefined || value.handle !== undefined, {
    path: ['password'],
    message: 'Enter your password to confirm.',
  });
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
export type DeleteAccountField = keyof DeleteAccountInput;
