'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/viewer';
import { deleteAccount } from '@/lib/users/delete-account';
import { updateProfile } from '@/lib/users/settings';
import { type DeleteAccountField, deleteAccountSchema, type ProfileField, profileSchema } from '@/lib/validation/profile';

import { type ActionResult, failure } from './result';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

export type ProfileFormState = ActionResult<undefined, ProfileField> | null;

/** Saves the signed-in member's display name and bio. */
export async function updateProfileAction(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const viewer = await requireUser('/settings');
  const values = { displayName: text(formData, 'displayName'), bio: text(formData, 'bio') };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return failure('Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);

  await updateProfile(viewer, parsed.data);
  revalidatePath(`/u/${viewer.handle}`);
  revalidatePath('/', 'layout');
  return { ok: true, data: undefined, message: 'Your profile is saved.' };
}

export type DeleteAccountFormState = ActionResult<undefined, DeleteAccountField> | null;

/** Deletes the signed-in member's account after they confirm with their password, then signs them out. */
export async function deleteAccountAction(_previous: DeleteAccountFormState, formData: FormData): Promise<DeleteAccountFormState> {
  const viewer = await requireUser('/settings');
  const values = { content: text(formData, 'content') };
  const parsed = deleteAccountSchema.safeParse({ password: text(formData, 'password'), content: values.content });
  if (!parsed.success) return failure('Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);

  const deleted = await deleteAccount({ actor: viewer, ...parsed.data });
  if (!deleted.ok) {
    return deleted.reason === 'wrong-password'
      ? failure('Please correct the highlighted fields.', { password: ['That password is not right.'] }, values)
      : failure('This account no longer exists.', {}, values);
  }
  revalidatePath('/', 'layout');
  await signOut({ redirectTo: '/?account=deleted' });
  return { ok: true, data: undefined };
}
