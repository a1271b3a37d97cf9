'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/viewer';
import { deleteAccount, type DeleteAccountRefusal } from '@/lib/users/delete-account';
import { updateProfile } from '@/lib/users/settings';
import { formDataOf } from '@/lib/validation/params';
import { type DeleteAccountField, deleteAccountSchema, type ProfileField, profileSchema } from '@/lib/validation/profile';

import { type ActionResult, failure } from './result';

const text = (formData: FormData, name: string) => {
  const value = formDataOf(formData).get(name);
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

/**
 * Deletes the signed-in member's account after they confirm (their password,
 * or their handle when they have no password), then signs them out.
 */
export async function deleteAccountAction(
  _previous: DeleteAccountFormState,
  formData: FormData,
): Promise<DeleteAccountFormState> {
  const viewer = await requireUser('/settings');
  const values = { content: text(formData, 'content'), handle: text(formData, 'handle') };
  const present = (name: string) => (formDataOf(formData).has(name) ? text(formData, name) : undefined);
  const parsed = deleteAccountSchema.safeParse({
    password: present('password'),
    handle: present('handle'),
    content: values.content,
  });
  if (!parsed.success) return failure('Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);

  const { content, ...confirmation } = parsed.data;
  const deleted = await deleteAccount({ actor: viewer, confirmation, content });
  if (!deleted.ok) {
    const refusal = REFUSALS[deleted.reason];
    return failure(refusal.message, refusal.fieldErrors, values);
  }
  revalidatePath('/', 'layout');
  await signOut({ redirectTo: '/?account=deleted' });
  return { ok: true, data: undefined };
}

const REFUSALS: Record<DeleteAccountRefusal, { message: string; fieldErrors: Partial<Record<DeleteAccountField, string[]>> }> = {
  'wrong-password': {
    message: 'Please correct the highlighted fields.',
    fieldErrors: { password: ['That password is not right.'] },
  },
  'wrong-handle': { message: 'Please correct the highlighted fields.', fieldErrors: { handle: ['That is not your handle.'] } },
  'not-found': { message: 'This account no longer exists.', fieldErrors: {} },
};
