import { z } from 'zod';

import { emailField, signUpSchema } from './auth';

/** A new password follows the same rule as sign-up's. */
const newPassword = signUpSchema.shape.password;

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({
  // The link's secret; its shape is checked where it is looked up.
  token: z.string({ error: 'This reset link is incomplete.' }).min(1, 'This reset link is incomplete.').max(200),
  password: newPassword,
});

export const changePasswordSchema = z.object({
  // Empty for members setting their first password; checked against the stored hash otherwise.
  currentPassword: z.string().max(200, 'That password is too long.').default(''),
  newPassword,
});

export const changeEmailSchema = z.object({ email: emailField });

export type ForgotPasswordField = keyof z.infer<typeof forgotPasswordSchema>;
export type ResetPasswordField = keyof z.infer<typeof resetPasswordSchema>;
export type ChangePasswordField = keyof z.infer<typeof changePasswordSchema>;
export type ChangeEmailField = keyof z.infer<typeof changeEmailSchema>;
