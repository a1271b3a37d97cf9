import 'server-only';

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import nodemailer from 'nodemailer';

import { env } from '@/lib/env';
import { SITE_NAME } from '@/lib/site';

import type { OutgoingMail } from './types';

/** Hands one message on; throws when it could not be, with nodemailer's error (which says whether to retry). */
export interface MailTransport {
  /** For the server log, once at start: where mail goes. */
  description: string;
  send(mail: OutgoingMail): Promise<void>;
}

const DEFAULT_FROM = `${SITE_NAME} <verdict@localhost>`;

/** `<VERDICT_DATA_DIR or .data>/outbox`: where mail is written when there is no SMTP server. */
export function outboxFolder(dataDir = env().VERDICT_DATA_DIR): string {
  return path.resolve(dataDir ?? '.data', 'outbox');
}

/** The same message, byte for byte, whichever way it leaves. */
function envelope(mail: OutgoingMail, from: string): nodemailer.SendMailOptions {
  const domain = from.match(/@([^\s>]+)/)?.[1] ?? 'localhost';
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    // The same id on every retry, so a mail program can tell a resent copy
    // (after a crash between sending and recording it) from a new message.
    messageId: `<${mail.id}.${mail.createdAt.getTime()}@${domain}>`,
    date: mail.createdAt,
  };
}

/** Mail through an SMTP server: `smtp://user:password@host:port` or `smtps://…`. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // A hung server must not stall the worker: each wait is bounded, and a
    // message that times out is retried later like any other failure.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    // The host only: the URL's password never reaches the log.
    description: `Mail goes to the SMTP server at ${new URL(url).host}`,
    async send(mail) {
      await transporter.sendMail(envelope(mail, from));
    },
  };
}

/**
 * Mail as files: one RFC 5322 message (`.eml`) per mail in `folder`, which
 * any mail program opens. Written under a temporary name and renamed, so a
 * reader never sees half a message.
 */
export function folderTransport(folder: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    description: `No SMTP_URL: mail is written as .eml files into ${path.relative(process.cwd(), folder) || folder}/`,
    async send(mail) {
      const info = await transporter.sendMail(envelope(mail, from));
      await mkdir(folder, { recursive: true });
      const stamp = mail.createdAt.toISOString().replace(/[:.]/g, '-');
      const name = `${stamp}-${mail.kind.replace(/[^a-z0-9-]/gi, '')}-${mail.id}.eml`;
      const temporary = path.join(folder, `.${name}.tmp`);
      await writeFile(temporary, info.message as Buffer);
      await rename(temporary, path.join(folder, name));
      // Where to look, for whoever runs Verdict without SMTP: the file, never the address.
      console.log(`[mail] ${mail.kind} written to ${path.relative(process.cwd(), path.join(folder, name))}`);
    },
  };
}

/** SMTP when SMTP_URL is set; otherwise the outbox folder. */
export function configuredTransport(): MailTransport {
  const { SMTP_URL, MAIL_FROM } = env();
  const from = MAIL_FROM ?? DEFAULT_FROM;
  return SMTP_URL ? smtpTransport(SMTP_URL, from) : folderTransport(outboxFolder(), from);
}
