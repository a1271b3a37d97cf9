import { composeMail } from '@/lib/mail/compose';
import type { MailMessage } from '@/lib/mail/types';
import { SITE_NAME } from '@/lib/site';

export function passwordResetMail(to: string, link: string): MailMessage {
  return {
    kind: 'password-reset',
    to,
    subject: `Reset your ${SITE_NAME} password`,
    ...composeMail({
      heading: 'Reset your password',
      paragraphs: [
        `Someone, hopefully you, asked to reset the password of the ${SITE_NAME} account that uses this address.`,
        'The link works once, for one hour. Choosing a new password signs your account out everywhere else. If you did not ask, ignore this message: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url: link },
    }),
  };
}

/** Sent after any new password, so a member whose account was taken over hears of it. */
export function passwordChangedMail(to: string, origin: URL): MailMessage {
  return {
    kind: 'password-changed',
    to,
    subject: `Your ${SITE_NAME} password was changed`,
    ...composeMail({
      heading: 'Your password was changed',
      paragraphs: [
        `The password of your ${SITE_NAME} account was just changed, and every other session of it was signed out.`,
        'If this was not you, reset your password now with the link below.',
      ],
      action: { label: 'Reset your password', url: new URL('/forgot-password', origin).toString() },
    }),
  };
}
