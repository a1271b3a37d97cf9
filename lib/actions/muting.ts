'use server';

import { revalidatePath } from 'next/cache';

import { requireMember, safeReturnPath } from '@/lib/auth/viewer';
import { type MuteOutcome, setBlocked, setMuted } from '@/lib/muting/mutations';
import { consume, throttledMessage } from '@/lib/rate-limit';
import { muteToggleSchema } from '@/lib/validation/muting';
import { formDataOf, parseHandle } from '@/lib/validation/params';

import { type ActionResult, failure, type FailureReason, success } from './result';

export type MuteToggleResult = ActionResult<{ on: boolean }>;

type Refusals = Record<'not-found' | 'self', { reason: FailureReason; message: string }>;

const NOT_FOUND = { reason: 'not-found', message: 'This member is no longer on Verdict.' } as const;

const MUTE_REFUSALS: Refusals = {
  'not-found': NOT_FOUND,
  self: { reason: 'forbidden', message: 'You can’t mute yourself.' },
};

const BLOCK_REFUSALS: Refusals = {
  'not-found': NOT_FOUND,
  self: { reason: 'forbidden', message: 'You can’t block yourself.' },
};

/**
 * What both toggles share: who is asking, the bound handle and the form read
 * like any other input, the budget, one mutation, and every page the change
 * shows on revalidated (the member's words leave or return everywhere).
 */
async function toggle(
  handle: unknown,
  returnTo: unknown,
  formData: FormData,
  refusals: Refusals,
  change: (input: { actor: { id: string }; handle: string; on: boolean }) => Promise<MuteOutcome>,
): Promise<MuteToggleResult> {
  const path = safeReturnPath(returnTo);
  const viewer = await requireMember(path);
  const member = parseHandle(handle);
  if (!member) return failure(refusals['not-found'].reason, refusals['not-found'].message);
  const parsed = muteToggleSchema.safeParse({ on: formDataOf(formData).get('on') });
  if (!parsed.success) return failure('invalid', 'That could not be read. Please try again.');

  const budget = await consume('mute', viewer.id);
  if (!budget.allowed) return failure('throttled', throttledMessage('mute', budget.retryAfterSeconds));

  const outcome = await change({ actor: viewer, handle: member, on: parsed.data.on });
  if (!outcome.ok) return failure(refusals[outcome.reason].reason, refusals[outcome.reason].message);

  revalidatePath('/', 'layout');
  return success({ on: outcome.on });
}

/** Mutes or unmutes the member (bound: their handle and the page to come back to). */
export async function muteMemberAction(handle: unknown, returnTo: unknown, formData: FormData): Promise<MuteToggleResult> {
  return toggle(handle, returnTo, formData, MUTE_REFUSALS, ({ actor, handle, on }) => setMuted({ actor, handle, muted: on }));
}

/** Blocks or unblocks the member (bound: their handle and the page to come back to). */
export async function blockMemberAction(handle: unknown, returnTo: unknown, formData: FormData): Promise<MuteToggleResult> {
  return toggle(handle, returnTo, formData, BLOCK_REFUSALS, ({ actor, handle, on }) =>
    setBlocked({ actor, handle, blocked: on }),
  );
}
