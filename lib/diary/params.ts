import { z } from 'zod';

import { checkbox } from '@/lib/validation/text';

import { latestToday } from './dates';

const DATE_MESSAGE = 'Give the day you watched it.';
const RATING_MESSAGE = 'Choose a rating from half a star to five stars, or none.';

/** `YYYY-MM-DD` that is a real calendar day, not after today and not before cinema. */
export const watchedOnSchema = z.unknown().transform((value, context) => {
  const text = typeof value === 'string' ? value.trim() : '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
    context.addIssue({ code: 'custom', message: DATE_MESSAGE });
    return z.NEVER;
  }
  if (text > latestToday()) {
    context.addIssue({ code: 'custom', message: 'That day is in the future.' });
    return z.NEVER;
  }
  if (text < '1888-01-01') {
    context.addIssue({ code: 'custom', message: 'That day is before the first film was made.' });
    return z.NEVER;
  }
  return text;
});

/** An optional 1–10 rating as a form sends it: '' or missing is none; anything but "1"–"10" is refused. */
export const optionalRatingSchema = z
  .preprocess(
    (value) => value ?? '',
    z.union([z.literal(''), z.string().regex(/^(10|[1-9])$/), z.number().int().min(1).max(10)], { error: RATING_MESSAGE }),
  )
  .transform((value) => (value === '' ? null : Number(value)));

/** What "Log a watch" sends. */
export const logWatchSchema = z.object({
  watchedOn: watchedOnSchema,
  rewatch: checkbox,
  rating: optionalRatingSchema,
  linkReview: checkbox,
});

export type LogWatchInput = z.infer<typeof logWatchSchema>;
export type LogWatchField = keyof LogWatchInput;

/** A diary page's cursor: `YYYY-MM-DD_id` of the last entry shown. */
export function parseDiaryCursor(value: unknown): { watchedOn: string; id: number } | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})_([1-9]\d{0,9})$/.exec(value);
  if (!match || Number(match[2]) > 2_147_483_647) return null;
  return { watchedOn: match[1]!, id: Number(match[2]) };
}
