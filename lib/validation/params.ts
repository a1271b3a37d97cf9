import { z } from 'zod';

import { HANDLE_PATTERN, normalizeHandle } from './handle';

/**
 * Arguments a server action receives besides its form: ids and handles bound
 * with `.bind(null, …)`, and the form itself. Anyone can call an action's
 * endpoint with arguments of their choosing (strings, objects, huge numbers),
 * so these are read like any other input; one that does not parse is a calm
 * refusal, never a query that fails with a 500.
 */

/** The largest value of a PostgreSQL `integer`, which every Verdict id is. */
export const MAX_RECORD_ID = 2_147_483_647;

/**
 * An id as a URL segment or a hidden field writes it: ASCII decimal digits
 * with no leading zero, no sign, no spaces and no exponent, so each record
 * has exactly one spelling (`/reviews/012` is not `/reviews/12`).
 */
const RECORD_ID_DIGITS = /^[1-9]\d{0,9}$/;

/**
 * A review's, comment's or version's id: a positive integer within
 * PostgreSQL's `integer`, as a number or as its canonical digits. Not
 * `z.coerce`, which would read `true` as 1 and `[40]` as 40.
 */
export const recordIdSchema = z
  .union([z.number(), z.string().regex(RECORD_ID_DIGITS).transform(Number)])
  .pipe(z.number().int().positive().max(MAX_RECORD_ID));

/** The id, or null for anything that is not one; pages answer null with `notFound()`. */
export function parseRecordId(value: unknown): number | null {
  const parsed = recordIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A film's slug as a review form binds it: the format the database checks (`films_slug_format`). */
export const filmSlugSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export function parseFilmSlug(value: unknown): string | null {
  const parsed = filmSlugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A member's handle as a profile's Follow button binds it; case and a leading "@" are forgiven. */
export const handleParamSchema = z.string().max(100).transform(normalizeHandle).pipe(z.string().regex(HANDLE_PATTERN));

export function parseHandle(value: unknown): string | null {
  const parsed = handleParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The form an action was given, or an empty one when it was given something
 * else: the action's schema then refuses the missing fields as it would a
 * form sent empty, instead of `formData.get` throwing on a string.
 */
export function formDataOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** A field of a form as text: '' when it is missing, or a file where text was expected. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * The named string fields of a bound object, and nothing else: a field that
 * is not a short string, or a value that is not an object, is left out, so
 * the caller's own parsing sees only what a URL could have carried.
 */
export function stringFields<Key extends string>(value: unknown, keys: readonly Key[]): Partial<Record<Key, string>> {
  const fields: Partial<Record<Key, string>> = {};
  if (typeof value !== 'object' || value === null) return fields;
  for (const key of keys) {
    const field: unknown = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof field === 'string' && field.length <= 200) fields[key] = field;
  }
  return fields;
}
