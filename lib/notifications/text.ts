import { badgeSentence, ladder as findLadder } from '@/lib/badges/ladders';

import type { NotificationItem } from './types';

export interface NotificationText {
  /** What happened, in a sentence or two. */
  lines: string[];
  /** Where it happened. */
  href: string;
}

/**
 * What a notification says and where it leads. Badge notices use HiveBuzz's
 * words: "Congratulations @handle! You have completed the following
 * achievement: …", one line per badge when one action earned several.
 */
export function describeNotification(item: NotificationItem, recipientHandle: string): NotificationText {
  const who = item.actor ? item.actor.displayName : 'A former member';
  const reviewHref = item.review ? `/reviews/${item.review.id}` : '/';
  // A review that has since been deleted is not named: its title went with it.
  const onReview = item.review ? `on “${item.review.title}”` : 'on a review that has since been deleted';
  const commentHref =
    item.review && item.commentId
      ? `/reviews/${item.review.id}/comments/${item.commentId}#comment-${item.commentId}`
      : reviewHref;
  switch (item.kind) {
    case 'badge': {
      const sentences = (item.payload.badges ?? []).flatMap(({ key, tier }) => {
        const ladder = findLadder(key);
        return ladder ? [badgeSentence(ladder, tier)] : [];
      });
      const intro = `Congratulations @${recipientHandle}! You have completed the following ${sentences.length === 1 ? 'achievement' : 'achievements'}:`;
      return {
        lines: sentences.length === 1 ? [`${intro} ${sentences[0]}`] : [intro, ...sentences],
        href: `/u/${recipientHandle}/badges`,
      };
    }
    case 'milestone':
      return {
        lines: [
          `${item.review ? `Your review “${item.review.title}”` : 'A review you have since deleted'} reached ${(item.payload.upvotes ?? 0).toLocaleString('en')} upvotes.`,
        ],
        href: reviewHref,
      };
    case 'reply':
      return { lines: [`${who} replied to you ${onReview}.`], href: commentHref };
    case 'mention':
      return { lines: [`${who} mentioned you in a comment ${onReview}.`], href: commentHref };
    case 'follow':
      return { lines: [`${who} started following you.`], href: item.actor ? `/u/${item.actor.handle}` : '/' };
  }
}
