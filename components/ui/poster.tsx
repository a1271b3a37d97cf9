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
  // The frame's look is `.poster` in ui.css. Its radius stays a utility here so
  // that a caller's `rounded-*` resolves against it by Tailwind's own order.
  const frame = cx('poster rounded-md', box, className);
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
      className={cx(frame, 'poster-placeholder')}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': `No poster for ${title}` })}
    >
      {decorative ? (
        // Repeated on cards and grids: the film reel is drawn by CSS (`.poster-reel::before`).
        <span className={cx('poster-art poster-reel', small && 'poster-reel-small')}>
          {small ? null : <span className="poster-title">{title}</span>}
        </span>
      ) : (
        // Inside role="img" the inline <svg> is listed by assistive technology as a
        // nameless image; it stays, so what a described placeholder exposes is unchanged.
        <span className="poster-art">
          <svg viewBox="0 0 24 24" className={cx('fill-none stroke-current opacity-70', small ? 'size-4' : 'size-7')}>
            <rect x="3" y="5" width="18" height="14" rx="2" strokeWidth="1.5" />
            <path d="M7 5v14M17 5v14M3 9.5h4M3 14.5h4M17 9.5h4M17 14.5h4" strokeWidth="1.5" />
          </svg>
          {small ? null : <span className="poster-title">{title}</span>}
        </span>
      )}
    </span>
  );
}
