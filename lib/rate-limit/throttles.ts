/**
 * Every throttle on an abuse-prone action: `points` actions per `duration`
 * seconds for one key (a member's id, or an address). `name` is the
 * throttle's part of the store key: renaming one starts every budget afresh.
 */
export const THROTTLES = {
  /**
   * Password attempts on one account, from anywhere: 10 per 15 minutes. Keyed
   * by the email as typed (lower-cased), so an email with no account is
   * limited exactly like one with, and the wait reveals nothing.
   */
  signInAccount: { name: 'sign-in-account', points: 10, duration: 15 * 60 },
  /** Password attempts from one address, on any accounts: 50 per 15 minutes, room for a shared network. */
  signInAddress: { name: 'sign-in-address', points: 50, duration: 15 * 60 },
  /** New accounts from one address: 10 per hour. */
  signUp: { name: 'sign-up', points: 10, duration: 60 * 60 },
  /**
   * Reset mails for one address as typed: 3 per hour, whether or not it has
   * an account, so the limit reveals nothing and no inbox is flooded.
   */
  passwordResetAccount: { name: 'password-reset-account', points: 3, duration: 60 * 60 },
  /** Reset requests from one client address, for any emails: 20 per hour. */
  passwordResetAddress: { name: 'password-reset-address', points: 20, duration: 60 * 60 },
  /** Password changes by one member: 10 per 15 minutes, so a stolen session cannot guess the current password. */
  passwordChange: { name: 'password-change', points: 10, duration: 15 * 60 },
  /** Verification and email-change mails asked for by one member: 5 per hour. */
  verificationMail: { name: 'verification-mail', points: 5, duration: 60 * 60 },
  /** New reviews by one member: 10 per hour. Edits are not counted. */
  reviewPublish: { name: 'review-publish', points: 10, duration: 60 * 60 },
  /**
   * Saved edits of reviews by one member: 30 per hour. Each edit is a stored
   * version with its diff (capped, lib/reviews/diff.ts), so this bounds how
   * fast one member can grow the history readers page through.
   */
  reviewEdit: { name: 'review-edit', points: 30, duration: 60 * 60 },
  /**
   * Previews in the review editor by one member: 60 per 10 minutes. Each
   * renders up to 50,000 characters in the render worker, so an unlimited
   * preview would let one member keep the pool busy for everyone.
   */
  reviewPreview: { name: 'review-preview', points: 60, duration: 10 * 60 },
  /** Upvotes and withdrawn upvotes by one member: 60 per minute, far above any reader's pace. */
  vote: { name: 'vote', points: 60, duration: 60 },
  /** Follows and unfollows by one member: 30 per minute. */
  follow: { name: 'follow', points: 30, duration: 60 },
  /** Mutes, blocks and their undoing by one member: 30 per minute. */
  mute: { name: 'mute', points: 30, duration: 60 },
  /** New comments and replies by one member: 30 per 10 minutes. Edits are not counted. */
  commentPost: { name: 'comment-post', points: 30, duration: 10 * 60 },
  /**
   * New comments and replies by a new account (lib/rate-limit/new-accounts.ts),
   * counted besides commentPost: 5 per hour.
   */
  newAccountCommentPost: { name: 'new-account-comment-post', points: 5, duration: 60 * 60 },
  /**
   * Picture uploads tried by one member, stored or refused: 30 per 10 minutes.
   * Each costs a decode in sharp before the daily quota (lib/media/quotas.ts)
   * can count it, so refused files must be limited too.
   */
  pictureUpload: { name: 'picture-upload', points: 30, duration: 10 * 60 },
  /** Reports filed by one member: 10 per hour, so one member cannot flood the moderators' queue. */
  report: { name: 'report', points: 10, duration: 60 * 60 },
  /** Moderation actions by one moderator: 120 per 10 minutes, room for clearing a spam wave. */
  moderate: { name: 'moderate', points: 120, duration: 10 * 60 },
  /** Watchlist additions and removals by one member: 60 per minute. */
  watchlist: { name: 'watchlist', points: 60, duration: 60 },
  /** Watches logged by one member (by hand): 60 per hour. */
  diaryLog: { name: 'diary-log', points: 60, duration: 60 * 60 },
} as const satisfies Record<string, { name: string; points: number; duration: number }>;

export type Throttle = keyof typeof THROTTLES;

export type ThrottleResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };
