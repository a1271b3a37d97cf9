import { z } from 'zod';

import { text } from '@/lib/validation/text';

import { BAN_DURATIONS, REPORT_REASONS, ROLES } from './rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A report's or moderation action's target, as the queue and the forms name
 * it: `review:12`, `comment:40`, `profile:<member id>`.
 */
export const targetKeySchema = z
  .string({ error: 'That is not something that can be reported.' })
  .max(60)
  .transform((value, context) => {
    const [kind, id] = value.split(':');
    if ((kind === 'review' || kind === 'comment') && /^[1-9]\d{0,9}$/.test(id ?? '') && Number(id) <= 2147483647) {
      return { kind, id: Number(id), key: value } as const;
    }
    if (kind === 'profile' && UUID.test(id ?? '')) return { kind, id: id!, key: value } as const;
    context.addIssue({ code: 'custom', message: 'That is not something that can be reported.' });
    return z.NEVER;
  });

export type TargetRef = z.output<typeof targetKeySchema>;

export const reportSchema = z.object({
  target: targetKeySchema,
  reason: z.enum(Object.keys(REPORT_REASONS) as [keyof typeof REPORT_REASONS], { error: 'Choose a reason.' }),
  details: text({ max: 1000 }),
});

/** Hide, Restore and Dismiss: the target, and for Hide the reason its author will read. */
export const moderateSchema = z.object({
  target: targetKeySchema,
  reason: text({ max: 500 }),
});

export const banSchema = z.object({
  target: targetKeySchema,
  reason: text({ max: 500, required: 'Give the reason: the member will read it.' }),
  duration: z.enum(Object.keys(BAN_DURATIONS) as [keyof typeof BAN_DURATIONS], { error: 'Choose how long the ban lasts.' }),
});

export const roleSchema = z.object({
  handle: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_-]{3,30}$/, 'Enter a member’s handle.'),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
});

/** The log's "Older entries" cursor: microseconds since the epoch and the entry's id. */
export function parseLogCursor(raw: unknown): { micros: string; id: number } | null {
  if (typeof raw !== 'string') return null;
  const match = raw.match(/^(\d{1,17})_(\d{1,10})$/);
  return match && Number(match[2]) <= 2147483647 ? { micros: match[1]!, id: Number(match[2]) } : null;
}
