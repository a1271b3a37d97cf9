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

const icons = {
  upvote: <path d="M10 3.5 4 10.5h3.75V16.5h4.5v-6H16L10 3.5Z" />,
  comment: (
    <path d="M4.5 4h11A1.5 1.5 0 0 1 17 5.5v7a1.5 1.5 0 0 1-1.5 1.5H9l-3.5 3v-3h-1A1.5 1.5 0 0 1 3 12.5v-7A1.5 1.5 0 0 1 4.5 4Z" />
  ),
  review: <path d="M5 3.5h7l3 3v10H5v-13ZM7.5 9h5M7.5 12h5M12 3.5v3h3" />,
} as const;

/** An icon and a number that reads as "12 upvotes" to assistive technology. */
export function Count({ count, singular, plural = `${singular}s`, icon, className }: CountProps) {
  const noun = count === 1 ? singular : plural;
  return (
    <span className={cx('inline-flex items-center gap-1.5 tabular-nums', className)}>
      <svg
        viewBox="0 0 20 20"
        aria-hidden="true"
        className="size-4 flex-none fill-none stroke-current"
        strokeWidth="1.5"
        strokeLinejoin="round"
      >
        {icons[icon]}
      </svg>
      <span>
        {numberFormat.format(count)}
        <span className="sr-only"> {noun}</span>
      </span>
    </span>
  );
}
