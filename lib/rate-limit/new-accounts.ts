import { linkCount } from '@/lib/markdown/links';
import { mentionedHandles } from '@/lib/markdown/mentions';

import { waitMessage, windowText } from './messages';
import { THROTTLES } from './throttles';

/**
 * What a new account may do, like Discourse's trust level 0: a member is new
 * for their first `days`, or until their reviews and comments have received
 * `upvotesReceived` upvotes, whichever comes first. Until then each text they
 * post (a review, a comment, an edit of either) holds at most
 * `linksPerText` links and mentions at most `mentionsPerText` members, and
 * they post comments within THROTTLES.newAccountCommentPost on top of
 * everyone's budget. A spam script with a fresh sign-up is slowed at once; a
 * real newcomer whom readers upvote is free of it within days or sooner.
 */
export const NEW_ACCOUNTS = {
  days: 3,
  upvotesReceived: 10,
  linksPerText: 2,
  mentionsPerText: 3,
} as const;

export type NewAccountRules = { days: number; upvotesReceived: number; linksPerText: number; mentionsPerText: number };

/** "for their first 3 days, or until they have received 10 upvotes", from the rules in force. */
function whileNew(rules: NewAccountRules): string {
  const days = rules.days === 1 ? 'day' : `${rules.days} days`;
  const upvotes = rules.upvotesReceived === 1 ? '1 upvote' : `${rules.upvotesReceived} upvotes`;
  return `for their first ${days}, or until they have received ${upvotes}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Why a new member's text cannot be posted as it is, in the limits' own
 * numbers, or null when it keeps within them. `rules` is only for tests.
 */
export function newAccountTextRefusal(text: string, rules: NewAccountRules = NEW_ACCOUNTS): string | null {
  const links = linkCount(text);
  if (links > rules.linksPerText) {
    return `New members can add at most ${plural(rules.linksPerText, 'link', 'links')} to one text ${whileNew(rules)}; this one has ${links}.`;
  }
  const mentions = mentionedHandles(text).length;
  if (mentions > rules.mentionsPerText) {
    return `New members can mention at most ${plural(rules.mentionsPerText, 'member', 'members')} in one text ${whileNew(rules)}; this one mentions ${mentions}.`;
  }
  return null;
}

/** Why a new member's comment waits: their own budget, named with its numbers, and how long. */
export function newAccountCommentMessage(
  retryAfterSeconds: number,
  rules: NewAccountRules = NEW_ACCOUNTS,
  budget: { points: number; duration: number } = THROTTLES.newAccountCommentPost,
): string {
  const pace = `${plural(budget.points, 'comment', 'comments')} per ${windowText(budget.duration)}`;
  return `New members can post ${pace} ${whileNew(rules)}. ${waitMessage(retryAfterSeconds)}`;
}
