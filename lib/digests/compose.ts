import 'server-only';

import { composeMail } from '@/lib/mail/compose';
import type { MailMessage } from '@/lib/mail/types';
import type { MailRecipient } from '@/lib/notification-mail/compose';
import { unsubscribeLinks } from '@/lib/notification-mail/links';
import { describeMailItem, type MailItem, TOPIC_HEADINGS } from '@/lib/notification-mail/text';
import type { MailTopic } from '@/lib/notification-mail/types';
import { SITE_NAME } from '@/lib/site';

/** Items a digest lists per topic; the rest are counted. */
export const DIGEST_ITEMS_PER_TOPIC = 20;

/** One topic of a digest: what it shows (newest first), how many items it holds in all, and what the subject counts. */
export interface DigestSection {
  topic: MailTopic;
  items: MailItem[];
  total: number;
  /** The items, or for badges the badges they announce (one action can earn several). */
  count: number;
}

const day = new Intl.DateTimeFormat('en', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function counted(section: DigestSection): string {
  switch (section.topic) {
    case 'replies':
      return plural(section.count, 'reply', 'replies');
    case 'mentions':
      return plural(section.count, 'mention', 'mentions');
    case 'badges':
      return plural(section.count, 'badge', 'badges');
    case 'followed-reviews':
      return plural(section.count, 'new review', 'new reviews');
  }
}

/**
 * A member's daily digest: one section per topic with something in it, each
 * line linking to where it happened, and one link that stops the digest.
 * `key` is the newest entry it holds, so it can never be queued twice.
 */
export function digestMail(
  recipient: MailRecipient,
  sections: DigestSection[],
  { origin, since, newestEntryId }: { origin: string; since: Date | null; newestEntryId: number },
): MailMessage {
  const subject = `Your ${SITE_NAME} digest: ${sections.map(counted).join(', ')}`;
  const unsubscribe = unsubscribeLinks(origin, recipient.id, 'digest');
  return {
    kind: 'digest',
    key: `digest:${recipient.id}:${newestEntryId}`,
    to: recipient.email,
    subject,
    ...composeMail({
      heading: since ? `What happened since ${day.format(since)}` : 'What happened since you chose a daily digest',
      paragraphs: [`Hello @${recipient.handle}, here is your day on ${SITE_NAME}.`],
      sections: sections.map((section) => ({
        heading: TOPIC_HEADINGS[section.topic],
        items: section.items.map((item) => {
          const { lines, href } = describeMailItem(item, recipient.handle);
          return { text: lines.join(' '), url: `${origin}${href}` };
        }),
        more: section.total > section.items.length ? `…and ${section.total - section.items.length} more.` : undefined,
      })),
      action: { label: 'Open your notifications', url: `${origin}/notifications` },
      footer: `You get this digest once a day, only when something happened, because you chose it in your settings (${origin}/settings).`,
      unsubscribeUrl: unsubscribe.page,
    }),
    headers: unsubscribe.headers,
  };
}
