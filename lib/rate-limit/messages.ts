import { type Throttle, THROTTLES } from './throttles';

type Budget = { points: number; duration: number };
type Budgets = Record<Throttle, Budget>;

/** A budget's window as "in the last …" ends: "minute", "10 minutes", "hour", "2 hours". */
export function windowText(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1 ? 'minute' : `${minutes} minutes`;
}

/** "Please wait 5 minutes and try again.": how long, from a refusal's retryAfterSeconds. */
export function waitMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1 ? 'Please wait a minute and try again.' : `Please wait ${minutes} minutes and try again.`;
}

/** What the member has done too often, in their budget's own numbers. */
const SPENT: Record<Throttle, (points: number, window: string) => string> = {
  signInAccount: (points, window) => `There have been ${points} sign-in attempts on this account in the last ${window}.`,
  signInAddress: (points, window) => `There have been ${points} sign-in attempts from your network in the last ${window}.`,
  signUp: (points, window) => `${points} accounts have been created from your network in the last ${window}.`,
  passwordResetAccount: (points, window) => `Reset links for this address were asked for ${points} times in the last ${window}.`,
  passwordResetAddress: (points, window) => `Reset links were asked for ${points} times from your network in the last ${window}.`,
  passwordChange: (points, window) => `You have tried to change your password ${points} times in the last ${window}.`,
  verificationMail: (points, window) => `You have asked for ${points} confirmation mails in the last ${window}.`,
  reviewPublish: (points, window) => `You have published ${points} reviews in the last ${window}.`,
  reviewEdit: (points, window) => `You have edited your reviews ${points} times in the last ${window}.`,
  reviewPreview: (points, window) => `You have previewed ${points} times in the last ${window}.`,
  vote: (points, window) => `You have voted ${points} times in the last ${window}.`,
  follow: (points, window) => `You have followed or unfollowed ${points} times in the last ${window}.`,
  mute: (points, window) => `You have muted, blocked or undone them ${points} times in the last ${window}.`,
  commentPost: (points, window) => `You have posted ${points} comments in the last ${window}.`,
  newAccountCommentPost: (points, window) => `As a new member, you have posted ${points} comments in the last ${window}.`,
  pictureUpload: (points, window) => `You have tried to add ${points} pictures in the last ${window}.`,
  report: (points, window) => `You have sent ${points} reports in the last ${window}.`,
  moderate: (points, window) => `You have taken ${points} moderation actions in the last ${window}.`,
  watchlist: (points, window) => `You have changed your watchlist ${points} times in the last ${window}.`,
  diaryLog: (points, window) => `You have logged ${points} watches in the last ${window}.`,
};

/**
 * Why a throttled action was refused and how long to wait, read from the
 * configured budget (`budgets` is only for tests): a changed budget changes
 * what members are told, so the sentence can never promise a number the
 * throttle does not keep.
 */
export function throttledMessage(throttle: Throttle, retryAfterSeconds: number, budgets: Budgets = THROTTLES): string {
  const { points, duration } = budgets[throttle];
  return `${SPENT[throttle](points, windowText(duration))} ${waitMessage(retryAfterSeconds)}`;
}
