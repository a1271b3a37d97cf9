import { cx } from './cx';

export type PosterSize = 'xs' | 'sm' | 'md' | 'lg' | 'fluid';

export interface PosterProps {
  /** Local path such as `/posters/x.svg`, or null for the placeholder. */
  src: string | null;
  title: string;
  year?: number;
  size?: PosterSize;
  /** Hide from assistive technology when the title is already next to it (e.g. inside a titled link). */
  decorative?: boolean;
  /** Eager-load the one poster that is the page's main image. */
  priority?: boolean;
  className?: string;
}

const sizes: Record<PosterSize, { box: string; width: number }> = {
  xs: { box: 'w-10', width: 40 },
  sm: { box: 'w-16 sm:w-20', width: 80 },
  md: { box: 'w-28 sm:w-32', width: 128 },
  lg: { box: 'w-36 sm:w-52 md:w-60', width: 240 },
  fluid: { box: 'w-full', width: 300 },
};

export function Poster({ src, title, year, size = 'md', decorative = false, priority = false, className }: PosterProps) {
  const { box, width } = sizes[size];
  const frame = cx(
    'relative block aspect-[2/3] flex-none overflow-hidden rounded-md bg-sunken shadow-card ring-1 ring-line',
    box,
    className,
  );
  const alt = decorative ? '' : `Poster for ${title}${year ? ` (${year})` : ''}`;

  if (src) {
    return (
      <span className={frame}>
        {/* eslint-disable-next-line @next/next/no-img-element -- local SVG posters need no optimisation */}
        <img
          src={src}
          alt={alt}
          width={width}
          height={Math.round((width * 3) / 2)}
          loading={priority ? 'eager' : 'lazy'}
          decoding="async"
          className="size-full object-cover"
        />
      </span>
    );
  }

  const small = size === 'xs' || size === 'sm';
  return (
    <span
      className={cx(frame, 'bg-linear-to-br from-placeholder-from to-placeholder-to text-white')}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': `No poster for ${title}` })}
    >
      <span className="absolute inset-0 flex flex-col items-center justify-center gap-2 p-2 text-center">
        <svg viewBox="0 0 24 24" className={cx('fill-none stroke-current opacity-70', small ? 'size-4' : 'size-7')}>
          <rect x="3" y="5" width="18" height="14" rx="2" strokeWidth="1.5" />
          <path d="M7 5v14M17 5v14M3 9.5h4M3 14.5h4M17 9.5h4M17 14.5h4" strokeWidth="1.5" />
        </svg>
        {small ? null : (
          <span className="line-clamp-3 font-serif text-sm leading-snug font-semibold text-balance">{title}</span>
        )}
      </span>
    </span>
  );
}
