import { cx } from './cx';

export interface TimeAgoProps {
  date: Date;
  /** The moment to measure from; pass it in tests or to keep a page consistent. */
  now?: Date;
  /** Text before the relative label, e.g. "edited". */
  prefix?: string;
  className?: string;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const shortDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'UTC',
});

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "2 days ago", then a date after ~30 days. */
export function relativeLabel(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  if (seconds < 0) return shortDate.format(date);
  if (seconds < 45) return 'just now';
  if (seconds < HOUR) return relative.format(-Math.max(1, Math.floor(seconds / MINUTE)), 'minute');
  if (seconds < DAY) return relative.format(-Math.floor(seconds / HOUR), 'hour');
  if (seconds < 30 * DAY) return relative.format(-Math.floor(seconds / DAY), 'day');
  return shortDate.format(date);
}

export function TimeAgo({ date, now, prefix, className }: TimeAgoProps) {
  const label = relativeLabel(date, now);
  return (
    <time dateTime={date.toISOString()} title={`${fullDate.format(date)} UTC`} className={cx('whitespace-nowrap', className)}>
      {prefix ? `${prefix} ${label}` : label}
    </time>
  );
}
