/** Why a message is sent; stored with it, for the log and for tests. */
export type MailKind =
  | 'verify-email'
  | 'email-change'
  | 'email-change-notice'
  | 'sign-up-attempt'
  | 'password-reset'
  | 'password-changed'
  | (string & {});

/** One message to one person. Both bodies are required: every message reads in any mail program. */
export interface MailMessage {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra header lines, such as List-Unsubscribe. */
  headers?: Record<string, string>;
  /** When set, a second message with the same key is not queued. */
  key?: string;
}

/** What the worker hands to a transport: a queued message with its id. */
export interface OutgoingMail extends MailMessage {
  id: number;
  createdAt: Date;
}
