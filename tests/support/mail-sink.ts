import { createServer, type Server } from 'node:http';

import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it, parsed. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/**
 * A real SMTP server on a free local port that keeps what it receives. It
 * can be stopped and started again on the same port, which is how tests play
 * a down mail server.
 */
export interface MailSink {
  port: number;
  /** An SMTP_URL that reaches it (with a user and password, which it accepts). */
  url: string;
  received: ReceivedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? ''));
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

export async function startMailSink(): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const smtp = new SMTPServer({
        authOptional: true,
        allowInsecureAuth: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
        onData(stream, _session, callback) {
          simpleParser(stream).then((parsed) => {
            const headers: Record<string, string> = {};
            for (const [name, value] of parsed.headers) headers[name] = headerText(value);
            // mailparser folds every List-* header into one structured `list`; tests read them as sent.
            for (const { key, line } of parsed.headerLines) {
              if (key.startsWith('list-'))
                headers[key] = line
                  .slice(line.indexOf(':') + 1)
                  .replace(/\r?\n[ \t]+/g, ' ')
                  .trim();
            }
            received.push({
              from: addresses(parsed.from)[0] ?? '',
              to: addresses(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              headers,
            });
            callback();
          }, callback);
        },
      });
      smtp.on('error', () => {});
      smtp.server.once('error', reject);
      smtp.listen(port, '127.0.0.1', () => {
        const address = smtp.server.address();
        if (typeof address === 'object' && address) port = address.port;
        server = smtp;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const running = server;
      server = undefined;
      if (!running) return resolve();
      running.close(() => resolve());
    });

  await listen();
  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://verdict:test-password@127.0.0.1:${port}`;
    },
    received,
    stop,
    start: () => (server ? Promise.resolve() : listen()),
    close: stop,
  };
}

/**
 * The sink seen over HTTP, for browser tests running in another process:
 * `GET /messages` lists what arrived, `POST /stop` and `POST /start` take the
 * SMTP server down and bring it back.
 */
export async function serveMailSink(sink: MailSink): Promise<{ url: string; close: () => Promise<void> }> {
  const http: Server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const route = `${request.method} ${request.url}`;
    if (route === 'GET /messages') return answer(200, sink.received);
    if (route === 'POST /stop') return void sink.stop().then(() => answer(200, { running: false }));
    if (route === 'POST /start') return void sink.start().then(() => answer(200, { running: true }));
    answer(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
