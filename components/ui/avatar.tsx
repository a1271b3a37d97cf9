import { cx } from './cx';

export interface AvatarProps {
  handle: string;
  displayName: string;
  image: string | null;
  size?: 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  /**
   * Avatars usually sit beside the member's name, so by default they are hidden
   * from assistive technology. Set false when the avatar stands alone.
   */
  decorative?: boolean;
  className?: string;
}

/** Box and initials size per size; the look is `.avatar-*` in ui.css. */
const sizes = {
  xs: { box: 'avatar-xs', px: 24 },
  sm: { box: 'avatar-sm', px: 32 },
  md: { box: 'avatar-md', px: 44 },
  lg: { box: 'avatar-lg', px: 64 },
  xl: { box: 'avatar-xl', px: 96 },
} as const;

// Deep tones (`.avatar-tone-0` … `-9` in ui.css): white initials on each pass WCAG AA (≥ 6.5:1) in both themes.
const TONE_COUNT = 10;

/** FNV-1a: a stable, well-spread hash so a handle always gets the same colour. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The tone class of a member's initials: a class, not an inline style, since bylines repeat down a page. */
function avatarTone(handle: string): string {
  return `avatar-tone-${hash(handle.toLowerCase()) % TONE_COUNT}`;
}

/** "Ana María López" → "AL"; "@kim" with display name "kim" → "K". */
export function initials(displayName: string, handle: string): string {
  const words = (displayName.trim() || handle).split(/\s+/).filter(Boolean);
  const first = words[0] ?? handle;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [...first].slice(0, 1).concat(last ? [...last].slice(0, 1) : []);
  return letters.join('').toUpperCase() || '?';
}

/** Only same-origin or inline images: Verdict never loads remote images. */
function isLocalImage(src: string): boolean {
  return (src.startsWith('/') && !src.startsWith('//')) || src.startsWith('data:image/');
}

export function Avatar({ handle, displayName, image, size = 'md', decorative = true, className }: AvatarProps) {
  const { box, px } = sizes[size];
  const shape = cx('avatar', box, className);

  if (image && isLocalImage(image)) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- local file, fixed size; no optimisation needed
      <img
        src={image}
        width={px}
        height={px}
        alt={decorative ? '' : displayName}
        className={cx(shape, 'avatar-image')}
        loading="lazy"
        decoding="async"
      />
    );
  }

  return (
    <span
      className={cx(shape, 'avatar-initials', avatarTone(handle))}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': displayName })}
    >
      {initials(displayName, handle)}
    </span>
  );
}
