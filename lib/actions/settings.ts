'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { signOut } from '@/lib/auth/config';
import { requireMember } from '@/lib/auth/viewer';
import { deleteAccount } from '@/lib/members/mutations';
import { type DeleteAccountRefusal } from '@/lib/members/types';
import { updateProfile } from '@/lib/members/mutations';
import { formDataOf, formText } from '@/lib/validation/params';
import { type DeleteAccountField, deleteAccountSchema, type ProfileField, profileSchema } from '@/lib/validation/profile';

import { type ActionResult, failure, type FailureReason, success } from './result';

export type ProfileFormState = ActionResult<undefined, ProfileField> | null;

/** Saves the signed-in member's display name and bio. */
export async function updateProfileAction(_previous: ProfileFormState, submitted: FormData): Promise<ProfileFormState> {
  const viewer = await requireMember('/settings');
  const formData = formDataOf(submitted);
  const values = { displayName: formText(formData, 'displayName'), bio: formText(formData, 'bio') };
  const parsed = profileSchema.safeParse({ displayName: formData.get('displayName'), bio: formData.get('bio') });
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  await updateProfile(viewer, parsed.data);
  revalidatePath(`/u/${viewer.handle}`);
  revalidatePath('/', 'layout');
  return success(undefined, 'Your profile is saved.');
}

export type DeleteAccountFormState = ActionResult<undefined, DeleteAccountField> | null;

/**
 * Deletes the signed-in member's account after they confirm (their password,
 * or their handle when they have no password), then signs them out.
 */
export async function deleteAccountAction(
  _previous: DeleteAccountFormState,
  submitted: FormData,
): Promise<DeleteAccountFormState> {
  const viewer = await requireMember('/settings');
  const formData = formDataOf(submitted);
  const values = { content: formText(formData, 'content'), handle: formText(formData, 'handle') };
  // A confirmation the form did not carry is absent, not empty: the account decides which one it needs.
  const sent = (name: string) => formData.get(name) ?? undefined;
  const parsed = deleteAccountSchema.safeParse({ password: sent('password'), handle: sent('handle'), content: values.content });
  if (!parsed.success) {
    return failure('invalid', 'Please correct the highlighted fields.', z.flattenError(parsed.error).fieldErrors, values);
  }

  const { content, ...confirmation } = parsed.data;
  const deleted = await deleteAccount({ actor: viewer, confirmation, content });
  if (!deleted.ok) {
    const refusal = REFUSALS[deleted.reason];
    return failure(refusal.reason, refusal.message, refusal.fieldErrors, values);
  }
  revalidatePath('/', 'layout');
  await signOut({ redirectTo: '/?account=deleted' });
  return success(undefined);
}

type Refusal = { reason: FailureReason; message: string; fieldErrors: Partial<Record<DeleteAccountField, string[]>> };

const REFUSALS: Record<DeleteAccountRefusal, Refusal> = {
  'wrong-password': {
    reason: 'unauthenticated',
    message: 'Please correct the highlighted fields.',
    fieldErrors: { password: ['That password is not right.'] },
  },
  'wrong-handle': {
    reason: 'unauthenticated',
    message: 'Please correct the highlighted fields.',
    fieldErrors: { handle: ['That is not your handle.'] },
  },
  'not-found': { reason: 'not-found', message: 'This account no longer exists.', fieldErrors: {} },
};
