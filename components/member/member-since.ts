const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Member since March 2021". */
export function memberSince(createdAt: Date): string {
  return `Member since ${monthYear.format(createdAt)}`;
}
