import 'server-only';

import type { Executor } from '@/db';
import { mailOutbox } from '@/db/schema';

import type { MailMessage } from './types';

/**
 * Queues a message in the caller's transaction: it is sent only if that
 * transaction commits, and sending never holds the request that caused it.
 * The delivery worker (./worker.ts) picks it up within a second or two.
 * Returns false when a message with the same `key` was already queued.
 */
export async function enqueueMail(executor: Executor, message: MailMessage): Promise<boolean> {
  const rows = await executor
    .insert(mailOutbox)
    .values({
      kind: message.kind,
      key: message.key,
      recipient: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      headers: message.headers ?? {},
    })
    .onConflictDoNothing({ target: mailOutbox.key })
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}

/** Queues many messages in the caller's transaction, a few hundred rows per statement; duplicate keys are skipped. */
export async function enqueueMails(executor: Executor, messages: MailMessage[]): Promise<void> {
  for (let start = 0; start < messages.length; start += 500) {
    await executor
      .insert(mailOutbox)
      .values(
        messages.slice(start, start + 500).map((message) => ({
          kind: message.kind,
          key: message.key,
          recipient: message.to,
          subject: message.subject,
          textBody: message.text,
          htmlBody: message.html,
          headers: message.headers ?? {},
        })),
      )
      .onConflictDoNothing({ target: mailOutbox.key });
  }
}
