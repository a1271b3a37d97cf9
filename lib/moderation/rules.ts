/**
 * How the community's reports act on their own: a review or comment that
 * this many distinct trusted members report (open reports; trusted: past the
 * new-account limits of lib/rate-limit/new-accounts.ts, and not banned) is
 * hidden at once, and stays in the queue until a moderator hides it for good,
 * or restores it.
 */
export const AUTO_HIDE_REPORTERS = 3;

/** What "Ban for" offers, and how long each lasts (null: for good). */
export const BAN_DURATIONS = {
  '1d': { label: '1 day', days: 1 },
  '7d': { label: '7 days', days: 7 },
  '30d': { label: '30 days', days: 30 },
  forever: { label: 'For good', days: null },
} as const;

export type BanDuration = keyof typeof BAN_DURATIONS;

export const REPORT_REASONS = {
  spam: 'Spam',
  harassment: 'Harassment',
  spoiler: 'Spoiler not hidden',
  'off-topic': 'Off-topic',
  other: 'Other',
} as const;

export const ROLES = ['member', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
