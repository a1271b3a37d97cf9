import Link from 'next/link';
import { Avatar } from '@/components/ui/avatar';
import { buttonClasses } from '@/components/ui/button';
import { HeaderSearch } from '@/components/search/header-search';
import { LogoMark } from './logo';

export interface HeaderViewer {
  handle: string;
  displayName: string;
  image: string | null;
}

export interface SiteHeaderProps {
  viewer: HeaderViewer | null;
  /** Server action that ends the session; only used when `viewer` is set. */
  signOutAction: () => Promise<void>;
  /** Shown on the notifications link when above zero. */
  /** Counted up to 100 (findActiveMember); past 99 the header says "99+". */
  unreadNotifications?: number;
  /** Marks the matching nav link with aria-current="page". */
  current?: 'reviews' | 'films';
}

/** The sticky site header; its look is in layout.css. */
export function SiteHeader({ viewer, signOutAction, unreadNotifications = 0, current }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="site-header-bar">
        <Link href="/" className="-m-1 inline-flex items-center gap-2.5 rounded-lg p-1">
          <LogoMark />
          <span className="font-serif text-[1.375rem] font-bold tracking-tight text-ink">Verdict</span>
        </Link>

        <nav aria-label="Main" className="order-last -mx-1 w-full sm:order-none sm:mx-0 sm:w-auto">
          <ul className="flex items-center gap-1">
            <li>
              <Link href="/" className="nav-link" aria-current={current === 'reviews' ? 'page' : undefined}>
                Reviews
              </Link>
            </li>
            <li>
              <Link href="/films" className="nav-link" aria-current={current === 'films' ? 'page' : undefined}>
                Films
              </Link>
            </li>
          </ul>
        </nav>

        <div className="ml-auto flex items-center gap-2">
          <HeaderSearch />
          {viewer ? (
            <>
              <Link
                href="/notifications"
                className="relative inline-flex size-10 items-center justify-center rounded-full text-ink-muted transition-colors hover:bg-sunken hover:text-ink"
              >
                <svg
                  viewBox="0 0 20 20"
                  aria-hidden="true"
                  className="size-5 fill-none stroke-current"
                  strokeWidth="1.5"
                  strokeLinejoin="round"
                >
                  <path d="M10 3a4.5 4.5 0 0 0-4.5 4.5v2.8L4 13h12l-1.5-2.7V7.5A4.5 4.5 0 0 0 10 3ZM8.3 15.5a1.8 1.8 0 0 0 3.4 0" />
                </svg>
                <span className="sr-only">
                  Notifications
                  {unreadNotifications > 99
                    ? ', more than 99 unread'
                    : unreadNotifications > 0
                      ? `, ${unreadNotifications} unread`
                      : ''}
                </span>
                {unreadNotifications > 0 ? (
                  <span
                    aria-hidden="true"
                    className="absolute top-0.5 right-0.5 min-w-4 rounded-full bg-accent px-1 text-center text-[0.625rem] leading-4 font-semibold text-on-accent tabular-nums"
                  >
                    {unreadNotifications > 99 ? '99+' : unreadNotifications}
                  </span>
                ) : null}
              </Link>
              <Link
                href={`/u/${viewer.handle}`}
                className="inline-flex min-h-10 items-center gap-2.5 rounded-full py-1 pr-3 pl-1 text-[0.9375rem] font-medium text-ink transition-colors hover:bg-sunken"
              >
                <Avatar handle={viewer.handle} displayName={viewer.displayName} image={viewer.image} size="sm" />
                <span className="sr-only sm:not-sr-only sm:max-w-[12rem] sm:truncate">{viewer.displayName}</span>
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={buttonClasses('ghost', 'sm')}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className={buttonClasses('ghost', 'sm')}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonClasses('primary', 'sm')}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
