/** How a ban's end reads everywhere it is named: the refusal, the queue, the log. */
export function banEndText(endsAt: Date | null): string {
  if (endsAt === null) return 'for good';
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(endsAt);
  return `until ${when} UTC`;
}

/**
 * What every refused post, vote, comment, follow or report says to a banned
 * member: the reason and the end, so they know why and for how long.
 */
export function banMessage(ban: { reason: string; endsAt: Date | null }): string {
  const given = ban.reason.trim();
  const reason = given === '' ? '' : ` Reason: ${given}${/[.!?]$/.test(given) ? '' : '.'}`;
  return `You are banned ${banEndText(ban.endsAt)}.${reason} You can still read and export your data.`;
}
