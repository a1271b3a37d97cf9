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
      message: string;
      fieldErrors: Partial<Record<Field, string[]>>;
      values: Partial<Record<Field, string>>;
    };

/** The state a form starts in, before its first submission. */
export type FormState<Data = undefined, Field extends string = string> = ActionResult<Data, Field> | null;

export function failure<Field extends string>(
  message: string,
  fieldErrors: Partial<Record<Field, string[]>> = {},
  values: Partial<Record<Field, string>> = {},
): ActionResult<never, Field> {
  return { ok: false, message, fieldErrors, values };
}
