import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { eq, inArray, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDatabase, db } from '@/db';
import { mailOutbox } from '@/db/schema';
import { composeMail } from '@/lib/mail/compose';
import { enqueueMail } from '@/lib/mail/mutations';
import { folderTransport, smtpTransport } from '@/lib/mail/transport';
import { deliverPendingMail } from '@/lib/mail/worker';

import { unique } from '../support/factories';
import { type MailSink, startMailSink } from '../support/mail-sink';

const FROM = 'Verdict <verdict@example.com>';

function message(to: string, overrides: Partial<Parameters<typeof enqueueMail>[1]> = {}) {
  return {
    kind: 'password-reset',
    to,
    subject: 'Reset your Verdict password',
    ...composeMail({
      heading: 'Reset your password',
      paragraphs: ['Someone asked to reset the password of your account <b>.'],
      action: { label: 'Choose a new password', url: 'http://localhost:3000/reset-password?token=abc&x=1' },
    }),
    ...overrides,
  };
}

async function rowFor(to: string) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, to));
  return row;
}

let sink: MailSink;
beforeAll(async () => {
  sink = await startMailSink();
});
afterAll(async () => {
  await sink.close();
});

const receivedBy = (to: string) => sink.received.filter((mail) => mail.to.includes(to));

describe('the mail outbox', () => {
  it('queues a message only when the transaction that caused it commits', async () => {
    const kept = `kept-${unique()}@example.com`;
    const undone = `undone-${unique()}@example.com`;
    await db.transaction(async (tx) => {
      await enqueueMail(tx, message(kept));
    });
    await db
      .transaction(async (tx) => {
        await enqueueMail(tx, message(undone));
        throw new Error('the change failed');
      })
      .catch(() => {});
    expect(await rowFor(kept)).toMatchObject({ attempts: 0, sentAt: null });
    expect(await rowFor(undone)).toBeUndefined();
  });

  it('delivers over SMTP with a text part, an HTML part and the site name, and records it', async () => {
    const to = `reader-${unique()}@example.com`;
    await enqueueMail(db, message(to, { headers: { 'X-Verdict-Test': 'yes' } }));
    await deliverPendingMail(smtpTransport(sink.url, FROM));

    const [mail] = receivedBy(to);
    expect(mail).toMatchObject({ from: 'verdict@example.com', subject: 'Reset your Verdict password' });
    expect(mail!.text).toContain('Choose a new password: http://localhost:3000/reset-password?token=abc&x=1');
    expect(mail!.text).toContain('Verdict.');
    expect(mail!.html).toContain('href="http://localhost:3000/reset-password?token=abc&amp;x=1"');
    expect(mail!.html).toContain('account &lt;b&gt;.');
    expect(mail!.html).not.toMatch(/<img|<script/i);
    expect(mail!.headers['x-verdict-test']).toBe('yes');
    expect(await rowFor(to)).toMatchObject({ attempts: 1, lastError: null, sentAt: expect.any(Date) });
  });

  it('keeps a message while the SMTP server is down, backs off, and sends it when it returns', async () => {
    const to = `patient-${unique()}@example.com`;
    await enqueueMail(db, message(to));
    await sink.stop();
    try {
      await deliverPendingMail(smtpTransport(sink.url, FROM));
    } finally {
      await sink.start();
    }
    const waiting = await rowFor(to);
    expect(waiting).toMatchObject({
      attempts: 1,
      sentAt: null,
      failedAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/),
    });
    const [{ wait }] = (await db.execute(
      sql`select extract(epoch from ${mailOutbox.nextAttemptAt} - now())::float8 as wait from ${mailOutbox} where id = ${waiting!.id}`,
    )) as unknown as [{ wait: number }];
    expect(wait).toBeGreaterThan(2);
    expect(wait).toBeLessThanOrEqual(5);

    // Not due yet: the worker leaves it alone.
    await deliverPendingMail(smtpTransport(sink.url, FROM));
    expect(receivedBy(to)).toHaveLength(0);

    await db
      .update(mailOutbox)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(mailOutbox.id, waiting!.id));
    await deliverPendingMail(smtpTransport(sink.url, FROM));
    expect(receivedBy(to)).toHaveLength(1);
    expect(await rowFor(to)).toMatchObject({ attempts: 2, lastError: null, sentAt: expect.any(Date) });
  });

  it('gives up at once on a recipient the server refuses for good', async () => {
    const to = `refused-${unique()}@example.com`;
    await enqueueMail(db, message(to));
    const refusing = {
      description: 'a refusing server',
      send: async () => {
        throw Object.assign(new Error('Recipient address rejected'), { code: 'EENVELOPE', responseCode: 550 });
      },
    };
    await deliverPendingMail(refusing);
    expect(await rowFor(to)).toMatchObject({ attempts: 1, sentAt: null, failedAt: expect.any(Date) });
  });

  it('never sends one message twice when two server processes deliver at once', async () => {
    const batch = unique();
    const recipients = Array.from({ length: 12 }, (_, index) => `pair-${batch}-${index}@example.com`);
    for (const to of recipients) await enqueueMail(db, message(to));

    const url = process.env.DATABASE_URL!;
    const first = createDatabase(url, { max: 1 });
    const second = createDatabase(url, { max: 1 });
    try {
      const transport = smtpTransport(sink.url, FROM);
      // A little time per message, so the two workers are sure to overlap.
      const slow = {
        ...transport,
        send: async (...args: Parameters<typeof transport.send>) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          await transport.send(...args);
        },
      };
      await Promise.all([deliverPendingMail(slow, { database: first.db }), deliverPendingMail(slow, { database: second.db })]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    for (const to of recipients) expect(receivedBy(to), to).toHaveLength(1);
    const rows = await db.select().from(mailOutbox).where(inArray(mailOutbox.recipient, recipients));
    expect(rows.every((row) => row.attempts === 1 && row.sentAt)).toBe(true);
  });

  it('queues a keyed message once', async () => {
    const to = `keyed-${unique()}@example.com`;
    const key = `digest:${to}:2026-12-04`;
    expect(await enqueueMail(db, message(to, { key }))).toBe(true);
    expect(await enqueueMail(db, message(to, { key }))).toBe(false);
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, to))).toHaveLength(1);
  });

  it('writes one .eml file per message when there is no SMTP server', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'verdict-outbox-'));
    try {
      const to = `offline-${unique()}@example.com`;
      await enqueueMail(db, message(to));
      await deliverPendingMail(folderTransport(folder, FROM));
      const files = (await readdir(folder)).filter((name) => name.endsWith('.eml'));
      const parsed = await Promise.all(files.map(async (name) => simpleParser(await readFile(path.join(folder, name)))));
      const mine = parsed.filter((mail) => JSON.stringify(mail.to).includes(to));
      expect(mine).toHaveLength(1);
      expect(mine[0]!.text).toContain('reset-password?token=abc');
      expect(mine[0]!.html).toContain('Choose a new password');
      expect((await readdir(folder)).some((name) => name.endsWith('.tmp'))).toBe(false);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
