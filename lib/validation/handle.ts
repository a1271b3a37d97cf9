/**
 * Handles name members in URLs (/u/[handle]) and mentions (@handle), so they
 * are lower-case, URL-safe and never collide with a route or a role.
 */
export const HANDLE_PATTERN = /^[a-z0-9_-]{3,30}$/;

export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'about',
  'account',
  'admin',
  'administrator',
  'api',
  'app',
  'auth',
  'badges',
  'blog',
  'comments',
  'dashboard',
  'delete',
  'edit',
  'everyone',
  'feed',
  'films',
  'help',
  'here',
  'home',
  'leaderboard',
  'login',
  'logout',
  'me',
  'moderator',
  'mod',
  'new',
  'notifications',
  'null',
  'owner',
  'privacy',
  'profile',
  'register',
  'reviews',
  'root',
  'search',
  'settings',
  'signin',
  'signout',
  'signup',
  'staff',
  'static',
  'support',
  'system',
  'terms',
  'top',
  'trending',
  'undefined',
  'user',
  'users',
  'verdict',
  'www',
]);

export function normalizeHandle(input: string): string {
  return input.trim().replace(/^@/, '').toLowerCase();
}

/**
 * A handle derived from a name or an email, for members who arrive through
 * GitHub or Google. The caller appends a number when it is taken.
 */
export function handleFrom(source: string): string {
  const base = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/@.*$/, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
  const padded = base.length >= 3 ? base : `${base}member`;
  return RESERVED_HANDLES.has(padded) ? `${padded}-fan` : padded;
}
