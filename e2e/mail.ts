import type { ReceivedMail } from '../tests/support/mail-sink';

/**
 * The browser tests' view of the test run's SMTP server (scripts/test.ts
 * starts it and serves what it receives over HTTP).
 */

/** SMTP_URL and MAIL_FROM for a server under test: the run's SMTP server. */
export function e2eMail(): Record<string, string> {
  const url = process.env.E2E_SMTP_URL;
  return url ? { SMTP_URL: url, MAIL_FROM: 'Verdict <verdict@example.com>' } : {};
}

function sinkUrl(path: string): string {
  const base = process.env.E2E_MAIL_SINK_URL;
  if (!base) throw new Error('E2E_MAIL_SINK_URL is not set: run the browser tests with `npm run test:e2e`.');
  return `${base}${path}`;
}

export async function receivedMail(): Promise<ReceivedMail[]> {
  return (await fetch(sinkUrl('/messages'))).json();
}

/** The first message to `to` whose subject matches, once it has arrived (the worker sends within seconds). */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 30_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await receivedMail()).find((mail) => mail.to.includes(to) && subject.test(mail.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every message to `to` so far. */
export async function mailTo(to: string): Promise<ReceivedMail[]> {
  return (await receivedMail()).filter((mail) => mail.to.includes(to));
}

/** The first link in a message's text that starts with `path` on the site under test. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${path.replace(/[?]/g, '\\?')}[^\\s]*`));
  if (!match) throw new Error(`No ${path} link in the mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}

export async function stopSmtpServer() {
  await fetch(sinkUrl('/stop'), { method: 'POST' });
}

export async function startSmtpServer() {
  await fetch(sinkUrl('/start'), { method: 'POST' });
}
