import 'server-only';

import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';

import { db, type Database } from '@/db';
import { mailOutbox, type MailOutboxRow } from '@/db/schema';

import { isPermanentFailure, MAX_ATTEMPTS, retryDelaySeconds } from './retry';
import { configuredTransport, type MailTransport } from './transport';
import type { OutgoingMail } from './types';

function outgoing(row: MailOutboxRow): OutgoingMail {
  return {
    id: row.id,
    createdAt: row.createdAt,
    kind: row.kind,
    to: row.recipient,
    subject: row.subject,
    text: row.textBody,
    html: row.htmlBody,
    headers: row.headers,
  };
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/**
 * Sends the oldest message that is due, if any; false when none is. The row
 * stays locked (FOR UPDATE) while it is sent, and other workers skip locked
 * rows, so two server processes never send one message twice. Should the
 * process die after the server accepted it but before the commit, the
 * message is sent again after a restart: at least once, never lost.
 */
export async function deliverNextMail(transport: MailTransport, database: Database = db): Promise<boolean> {
  return database.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt), lte(mailOutbox.nextAttemptAt, sql`now()`)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return false;

    const attempts = row.attempts + 1;
    try {
      await transport.send(outgoing(row));
      await tx
        .update(mailOutbox)
        .set({ attempts, sentAt: sql`now()`, lastError: null })
        .where(eq(mailOutbox.id, row.id));
    } catch (error) {
      const giveUp = isPermanentFailure(error) || attempts >= MAX_ATTEMPTS;
      const delay = retryDelaySeconds(attempts);
      await tx
        .update(mailOutbox)
        .set({
          attempts,
          lastError: reason(error),
          nextAttemptAt: sql`now() + make_interval(secs => ${delay})`,
          failedAt: giveUp ? sql`now()` : null,
        })
        .where(eq(mailOutbox.id, row.id));
      // The message's id and kind, never its recipient: the log is not the place for addresses.
      console.warn(
        `[mail] ${row.kind} #${row.id} not sent (try ${attempts}): ${reason(error)}; ${giveUp ? 'giving up' : `retrying in ${delay} s`}`,
      );
    }
    return true;
  });
}

/** Sends what is due, up to `limit` messages; returns how many it tried. */
export async function deliverPendingMail(transport: MailTransport, { limit = 50, database = db } = {}): Promise<number> {
  let tried = 0;
  while (tried < limit && (await deliverNextMail(transport, database))) tried += 1;
  return tried;
}

export interface MailWorker {
  stop: () => void;
}

const POLL_MS = 1000;
const globalForMail = globalThis as typeof globalThis & { verdictMailWorker?: MailWorker };

/**
 * The delivery worker of this server process: every second it sends what is
 * due. Started once from instrumentation.ts (kept on globalThis, so a
 * development reload does not start a second). Whatever was pending when the
 * server stopped is due at once when it starts again.
 */
export function startMailWorker(transport: MailTransport = configuredTransport()): MailWorker {
  if (globalForMail.verdictMailWorker) return globalForMail.verdictMailWorker;
  console.log(`› ${transport.description}`);

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastProblem = '';
  const tick = async () => {
    try {
      await deliverPendingMail(transport);
      lastProblem = '';
    } catch (error) {
      // The database is away (a restart, say): said once, tried again each second.
      if (reason(error) !== lastProblem) console.error(`[mail] delivery paused: ${reason(error)}`);
      lastProblem = reason(error);
    }
    if (!stopped) timer = setTimeout(tick, POLL_MS).unref();
  };
  timer = setTimeout(tick, 0).unref();

  const worker: MailWorker = {
    stop() {
      stopped = true;
      clearTimeout(timer);
      globalForMail.verdictMailWorker = undefined;
    },
  };
  globalForMail.verdictMailWorker = worker;
  return worker;
}
