import Link from 'next/link';
import { LogoMark } from './logo';

const links = [
  { href: '/', label: 'Reviews' },
  { href: '/films', label: 'Films' },
  { href: '/badges', label: 'Badges' },
  { href: '/leaderboard', label: 'Leaderboard' },
  { href: '/signup', label: 'Join Verdict' },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-10 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div className="max-w-sm">
          <p className="flex items-center gap-2 font-serif text-lg font-bold text-ink">
            <LogoMark className="size-6" />
            Verdict
          </p>
          <p className="mt-3 text-sm leading-relaxed text-ink-muted">
            Film reviews written by people who love films — long-form, spoiler-safe and ranked by readers.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="footer-link">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
