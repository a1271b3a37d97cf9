import { describe, expect, it } from 'vitest';

import { throttledMessage, waitMessage, windowText } from './messages';
import { type Throttle, THROTTLES } from './throttles';

describe('windowText', () => {
  it.each([
    [60, 'minute'],
    [10 * 60, '10 minutes'],
    [15 * 60, '15 minutes'],
    [60 * 60, 'hour'],
    [2 * 60 * 60, '2 hours'],
    [24 * 60 * 60, '24 hours'],
  ])('%i seconds is %j', (seconds, words) => {
    expect(windowText(seconds)).toBe(words);
  });
});

describe('waitMessage', () => {
  it.each([
    [1, 'Please wait a minute and try again.'],
    [60, 'Please wait a minute and try again.'],
    [61, 'Please wait 2 minutes and try again.'],
    [15 * 60, 'Please wait 15 minutes and try again.'],
  ])('%i seconds: %j', (seconds, message) => {
    expect(waitMessage(seconds)).toBe(message);
  });
});

describe('throttledMessage', () => {
  it('says the configured budget', () => {
    expect(throttledMessage('commentPost', 90)).toBe(
      'You have posted 30 comments in the last 10 minutes. Please wait 2 minutes and try again.',
    );
    expect(throttledMessage('reviewPreview', 30)).toBe(
      'You have previewed 60 times in the last 10 minutes. Please wait a minute and try again.',
    );
    expect(throttledMessage('reviewPublish', 600)).toBe(
      'You have published 10 reviews in the last hour. Please wait 10 minutes and try again.',
    );
  });

  it('changes when a budget changes', () => {
    const budgets = { ...THROTTLES, commentPost: { ...THROTTLES.commentPost, points: 5, duration: 60 * 60 } };
    expect(throttledMessage('commentPost', 60, budgets)).toBe(
      'You have posted 5 comments in the last hour. Please wait a minute and try again.',
    );
    const faster = { ...THROTTLES, vote: { ...THROTTLES.vote, points: 120, duration: 2 * 60 } };
    expect(throttledMessage('vote', 60, faster)).toBe(
      'You have voted 120 times in the last 2 minutes. Please wait a minute and try again.',
    );
  });

  it.each(Object.keys(THROTTLES) as Throttle[])('%s names its own numbers', (throttle) => {
    const { points, duration } = THROTTLES[throttle];
    const message = throttledMessage(throttle, 60);
    expect(message).toContain(String(points));
    expect(message).toContain(`in the last ${windowText(duration)}.`);
  });
});
