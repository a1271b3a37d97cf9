import { cx } from './cx';

export interface CountProps {
  count: number;
  /** Noun for one, e.g. "upvote"; the plural adds "s" unless `plural` is given. */
  singular: string;
  plural?: string;
  icon: 'upvote' | 'comment' | 'review';
  className?: string;
}

const numberFormat = new Intl.NumberFormat('en');

/** The glyphs live in ui.css as mask classes, drawn once instead of an inline SVG per count. */
const icons = { upvote: 'icon-upvote', comment: 'icon-comment', review: 'icon-review' } as const;

/** An icon and a number that reads as "12 upvotes" to assistive technology. */
export function Count({ count, singular, plural = `${singular}s`, icon, className }: CountProps) {
  const noun = count === 1 ? singular : plural;
  return (
    <span className={cx('count', className)}>
      <span className={cx('icon', icons[icon])} />
      {numberFormat.format(count)}
      <span className="sr-only"> {noun}</span>
    </span>
  );
}
