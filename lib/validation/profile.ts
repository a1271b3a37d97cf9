import { z } from 'zod';

import { BIO_MAX, DISPLAY_NAME_MAX } from './limits';

/** What /settings' profile form submits. */
export const profileSchema = z.object({
  displayName: z
    .string({ error: 'Enter the name to show on your reviews.' })
    .trim()
    .min(1, 'Enter the name to show on your reviews.')
    .max(DISPLAY_NAME_MAX, `Keep your display name to ${DISPLAY_NAME_MAX} characters or fewer.`),
  bio: z
    .string()
    .trim()
    .max(BIO_MAX, `Keep your bio to ${BIO_MAX} characters or fewer.`)
    .default(''),
});
export type ProfileInput = z.infer<typeof profileSchema>;
export type ProfileField = keyof ProfileInput;

/** What "Delete my account" submits: the password again, and what becomes of the member's writing. */
export const deleteAccountSchema = z.object({
  password: z.string({ error: 'Enter your password to confirm.' }).min(1, 'Enter your password to confirm.'),
  content: z.enum(['remove', 'keep'], { error: 'Choose what happens to your reviews and comments.' }),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
export type DeleteAccountField = keyof DeleteAccountInput;
