import { describe, expect, it } from 'vitest';

import { formatWatchedOn, groupByMonth, latestToday, watchedLine } from './dates';
import type { DiaryEntryView } from './types';

const entry = (id: number, watchedOn: string): DiaryEntryView => ({
  id,
  watchedOn,
  rewatch: false,
  rating: null,
  reviewId: null,
  film: { slug: 'oldboy', title: 'Oldboy', year: 2003, posterPath: null },
});

describe('diary dates', () => {
  it.each([
    ['2026-03-03', false, 'Watched 3 Mar 2026'],
    ['2026-03-03', true, 'Watched 3 Mar 2026 · rewatch'],
    ['1999-12-31', true, 'Watched 31 Dec 1999 · rewatch'],
  ])('%s (rewatch %s) reads "%s"', (watchedOn, rewatch, line) => {
    expect(watchedLine({ watchedOn, rewatch })).toBe(line);
  });

  it('formats a date without shifting it by a time zone', () => {
    expect(formatWatchedOn('2026-01-01')).toBe('1 Jan 2026');
  });

  it('groups newest-first entries by month', () => {
    const months = groupByMonth([entry(3, '2026-03-20'), entry(2, '2026-03-03'), entry(1, '2026-01-31')]);
    expect(months.map((month) => [month.label, month.entries.map((e) => e.id)])).toEqual([
      ['March 2026', [3, 2]],
      ['January 2026', [1]],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });

  it('takes today as the day furthest ahead on Earth', () => {
    expect(latestToday(new Date('2026-03-03T09:00:00Z'))).toBe('2026-03-03');
    expect(latestToday(new Date('2026-03-03T10:00:00Z'))).toBe('2026-03-04');
  });
});
