/**
 * Why an action refused, for code to branch on (a form, a test, a log line);
 * `message` is the same refusal in words a member can read.
 * - `invalid`: what was sent does not parse (fields, ids, or not a form at all)
 * - `unauthenticated`: the credentials given match no account
 * - `forbidden`: the member may not do this (their own review, a ban)
 * - `not-found`: what it was about is gone, or never was
 * - `throttled`: the member's budget for this action is spent for now
 * - `conflict`: it clashes with what is already there (a taken handle or email)
 */
export type FailureReason = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'throttled' | 'conflict';

/**
 * What every server action returns to its form. Expected failures are values,
 * never thrown: `fieldErrors` sit beside their fields, `message` at the top,
 * and `values` carries what the member typed so the form can show it again
 * (never a password).
 */
export type ActionResult<Data = undefined, Field extends string = string> =
  | { ok: true; data: Data; message?: string }
  | {
      ok: false;
      reason: FailureReason;
      message: string;
      fieldErrors: Partial<Record<Field, string[]>>;
      values: Partial<Record<Field, string>>;
    };

/** The state a form starts in, before its first submission. */
export type FormState<Data = undefined, Field extends string = string> = ActionResult<Data, Field> | null;

export function success<Data>(data: Data, message?: string): ActionResult<Data, never> {
  return message === undefined ? { ok: true, data } : { ok: true, data, message };
}

export function failure<Field extends string>(
  reason: FailureReason,
  message: string,
  fieldErrors: Partial<Record<Field, string[]>> = {},
  values: Partial<Record<Field, string>> = {},
): ActionResult<never, Field> {
  return { ok: false, reason, message, fieldErrors, values };
}
