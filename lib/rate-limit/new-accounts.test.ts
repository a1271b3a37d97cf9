import { describe, expect, it } from 'vitest';

import { NEW_ACCOUNTS, newAccountCommentMessage, newAccountTextRefusal } from './new-accounts';
import { THROTTLES } from './throttles';

const links = (count: number) => Array.from({ length: count }, (_, i) => `[link ${i}](https://example.org/${i})`).join(' ');
const mentions = (count: number) => Array.from({ length: count }, (_, i) => `@member_${i}`).join(' ');

describe('newAccountTextRefusal', () => {
  it('lets a text within the limits through', () => {
    expect(newAccountTextRefusal(`${links(NEW_ACCOUNTS.linksPerText)} ${mentions(NEW_ACCOUNTS.mentionsPerText)}`)).toBeNull();
  });

  it('names the configured limits when a text has too many links or mentions', () => {
    expect(newAccountTextRefusal(links(3), { days: 3, upvotesReceived: 10, linksPerText: 2, mentionsPerText: 3 })).toBe(
      'New members can add at most 2 links to one text for their first 3 days, or until they have received 10 upvotes; this one has 3.',
    );
    expect(newAccountTextRefusal(mentions(2), { days: 1, upvotesReceived: 1, linksPerText: 2, mentionsPerText: 1 })).toBe(
      'New members can mention at most 1 member in one text for their first day, or until they have received 1 upvote; this one mentions 2.',
    );
  });

  it('follows the rules in force', () => {
    const refusal = newAccountTextRefusal(links(NEW_ACCOUNTS.linksPerText + 1));
    expect(refusal).toContain(`at most ${NEW_ACCOUNTS.linksPerText} link`);
    expect(refusal).toContain(`first ${NEW_ACCOUNTS.days} days`);
    expect(refusal).toContain(`received ${NEW_ACCOUNTS.upvotesReceived} upvotes`);
  });
});

describe('newAccountCommentMessage', () => {
  it('names the comment budget and the period, and how long to wait', () => {
    expect(newAccountCommentMessage(90, NEW_ACCOUNTS, { points: 4, duration: 2 * 60 * 60 })).toBe(
      `New members can post 4 comments per 2 hours for their first ${NEW_ACCOUNTS.days} days, or until they have received ${NEW_ACCOUNTS.upvotesReceived} upvotes. Please wait 2 minutes and try again.`,
    );
    expect(newAccountCommentMessage(60)).toContain(`${THROTTLES.newAccountCommentPost.points} comments per hour`);
  });
});
