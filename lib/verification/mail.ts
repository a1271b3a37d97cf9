import { composeMail } from '@/lib/mail/compose';
import type { MailMessage } from '@/lib/mail/types';
import { SITE_NAME } from '@/lib/site';

/** The link that proves an address, whether it is a new member's or a changed one. */
export function verificationMail(to: string, link: string, change: boolean): MailMessage {
  return {
    kind: change ? 'email-change' : 'verify-email',
    to,
    subject: change ? `Confirm your new ${SITE_NAME} email address` : `Verify your ${SITE_NAME} email address`,
    ...composeMail({
      heading: change ? 'Confirm your new email address' : `Welcome to ${SITE_NAME}`,
      paragraphs: [
        change
          ? `Someone, hopefully you, asked to use this address for their ${SITE_NAME} account. It takes effect once you open the link below.`
          : `Open the link below to verify this address for your new ${SITE_NAME} account.`,
        'The link works once, for 24 hours. If you did not ask for this, ignore this message: nothing changes.',
      ],
      action: { label: change ? 'Confirm this address' : 'Verify this address', url: link },
    }),
  };
}

/** Told to the old address when a new one is asked for, so a taken-over account does not move silently. */
export function emailChangeNotice(to: string, newAddress: string): MailMessage {
  return {
    kind: 'email-change-notice',
    to,
    subject: `Your ${SITE_NAME} email address is being changed`,
    ...composeMail({
      heading: 'Your email address is being changed',
      paragraphs: [
        `Someone signed in to your ${SITE_NAME} account asked to change its email address to ${newAddress}. It changes only when that address confirms.`,
        'If this was not you, sign in and change your password, then use "Sign out everywhere" in your settings.',
      ],
    }),
  };
}
