import { describe, expect, it } from 'vitest';

import { latestToday } from './dates';
import { logWatchSchema, parseDiaryCursor } from './params';

const parse = (fields: Record<string, unknown>) => logWatchSchema.safeParse({ watchedOn: '2026-03-03', ...fields });

describe('logWatchSchema', () => {
  it('reads a watch as a form sends it', () => {
    expect(parse({ rewatch: 'on', rating: '7', linkReview: 'on' }).data).toEqual({
      watchedOn: '2026-03-03',
      rewatch: true,
      rating: 7,
      linkReview: true,
    });
    expect(parse({ rating: '' }).data).toEqual({ watchedOn: '2026-03-03', rewatch: false, rating: null, linkReview: false });
  });

  it.each([
    ['not a date', 'Give the day you watched it.'],
    ['2026-02-30', 'Give the day you watched it.'],
    ['1800-01-01', 'That day is before the first film was made.'],
    ['9999-01-01', 'That day is in the future.'],
    [42, 'Give the day you watched it.'],
  ])('refuses the day %s', (watchedOn, message) => {
    expect(parse({ watchedOn }).error?.issues[0]?.message).toBe(message);
  });

  it('accepts today, wherever today is', () => {
    expect(parse({ watchedOn: latestToday() }).success).toBe(true);
  });

  it.each(['0', '11', '4.5', 'five', ['7']])('refuses the rating %s', (rating) => {
    expect(parse({ rating }).success).toBe(false);
  });
});

describe('parseDiaryCursor', () => {
  it.each([
    ['2026-03-03_12', { watchedOn: '2026-03-03', id: 12 }],
    ['2026-03-03_0', null],
    ['2026-03-03_99999999999', null],
    ['junk', null],
    [undefined, null],
  ])('%s reads as %j', (value, expected) => {
    expect(parseDiaryCursor(value)).toEqual(expected);
  });
});
