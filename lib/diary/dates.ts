import type { DiaryEntryView, DiaryMonth } from './types';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A diary date (`YYYY-MM-DD`) as a UTC midnight, so formatting never shifts it by a time zone. */
const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "3 Mar 2026". */
export function formatWatchedOn(isoDate: string): string {
  return DAY.format(asUtc(isoDate));
}

/** "Watched 3 Mar 2026 · rewatch", as a review shows its linked watch. */
export function watchedLine(watch: { watchedOn: string; rewatch: boolean }): string {
  return `Watched ${formatWatchedOn(watch.watchedOn)}${watch.rewatch ? ' · rewatch' : ''}`;
}

/** Entries (already newest first) grouped by calendar month, like the pages of a diary. */
export function groupByMonth(entries: readonly DiaryEntryView[]): DiaryMonth[] {
  const months: DiaryMonth[] = [];
  for (const entry of entries) {
    const key = entry.watchedOn.slice(0, 7);
    const last = months.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else months.push({ key, label: MONTH.format(asUtc(`${key}-01`)), entries: [entry] });
  }
  return months;
}

/**
 * Today's date where the day is furthest ahead (UTC+14), `YYYY-MM-DD`: a
 * watch logged "today" anywhere on Earth is never in the future, and
 * anything later is.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
