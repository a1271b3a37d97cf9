import 'server-only';

import { composeMail } from '@/lib/mail/compose';
import type { MailMessage } from '@/lib/mail/types';

import { unsubscribeLinks } from './links';
import { describeMailItem, type MailItem, noticeSubject, TOPIC_PHRASES } from './text';

export interface MailRecipient {
  id: string;
  email: string;
  handle: string;
}

/** The mail telling one member of one item at once, with its unsubscribe link and headers. */
export function noticeMail(item: MailItem, recipient: MailRecipient, origin: string): MailMessage {
  const { lines, href } = describeMailItem(item, recipient.handle);
  const { subject, actionLabel } = noticeSubject(item);
  const unsubscribe = unsubscribeLinks(origin, recipient.id, item.topic);
  return {
    kind: `notice-${item.topic}`,
    to: recipient.email,
    subject,
    ...composeMail({
      heading: subject,
      paragraphs: lines,
      action: { label: actionLabel, url: `${origin}${href}` },
      footer: `You get this mail because you asked for mail about ${TOPIC_PHRASES[item.topic]} in your settings (${origin}/settings).`,
      unsubscribeUrl: unsubscribe.page,
    }),
    headers: unsubscribe.headers,
  };
}
