/**
 * A TCP proxy between a server and PostgreSQL that counts the server's SQL
 * round trips, without touching the app's code paths: the server under
 * count simply gets the proxy's address as DATABASE_URL.
 *
 * What it counts, in the client → server half of the wire protocol: every
 * Sync ('S', which ends an extended-protocol exchange: postgres.js sends
 * Parse/Bind/Describe/Execute/Sync per statement) and every simple Query
 * ('Q'). The startup and authentication handshake sends neither, so it is
 * left out by construction. Each round trip is labelled with its SQL, taken
 * from the Parse that prepared the statement its Bind names, and timed to
 * the ReadyForQuery ('Z') that answers it.
 */
import { connect, createServer, type Socket } from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
/** Longer than any message the app sends: a "length" above it means the bytes are not the protocol (TLS, say). */
const MAX_MESSAGE = 1 << 28;

export interface RoundTrip {
  /** The statement's SQL, whitespace collapsed. */
  sql: string;
  /** From the Sync or Query to PostgreSQL's ReadyForQuery. */
  ms?: number;
}

export interface QueryCounter {
  /** The DATABASE_URL that goes through the proxy: same credentials and database, TLS off. */
  url: string;
  /** Round trips so far; an index for since(). */
  roundTrips(): number;
  /** The round trips after `mark`, in order. */
  since(mark: number): RoundTrip[];
  /** Connections the server has opened through the proxy. */
  connections(): number;
  /** Connections whose bytes could not be read as the protocol (and were not counted). */
  unreadable(): number;
  close(): Promise<void>;
}

const cstring = (buffer: Buffer, from: number) => {
  const end = buffer.indexOf(0, from);
  return { text: buffer.toString('utf8', from, end), next: end + 1 };
};
const collapse = (query: string) => query.replace(/\s+/g, ' ').trim();

/**
 * Splits one direction of a connection into messages: a type byte, then a
 * length that counts itself. The client's first messages (startup, SSL or
 * GSS requests) have no type byte; they reach `onMessage` as type ''.
 */
function messageReader(startsUntyped: boolean, onMessage: (type: string, body: Buffer) => void, onUnreadable: () => void) {
  let pending = Buffer.alloc(0);
  let untyped = startsUntyped;
  let readable = true;
  return (chunk: Buffer) => {
    if (!readable) return;
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const header = untyped ? 0 : 1;
      if (pending.length < header + 4) return;
      const length = pending.readInt32BE(header);
      if (length < 4 || length > MAX_MESSAGE) {
        readable = false;
        onUnreadable();
        return;
      }
      if (pending.length < header + length) return;
      if (untyped) {
        const code = pending.readInt32BE(4);
        // After an SSL or GSS request the client sends its startup message again.
        untyped = code === SSL_REQUEST || code === GSSENC_REQUEST;
        onMessage('', pending.subarray(4, length));
      } else {
        onMessage(String.fromCharCode(pending[0]!), pending.subarray(5, 1 + length));
      }
      pending = pending.subarray(header + length);
    }
  };
}

/** Watches one proxied connection, recording each round trip when it is sent and timing it when answered. */
function watchConnection(client: Socket, database: Socket, record: (trip: RoundTrip) => void, onUnreadable: () => void) {
  const prepared = new Map<string, string>();
  let bound: string[] = [];
  const inFlight: { trip: RoundTrip; sentAt: number }[] = [];
  let ready = false;

  const send = (trip: RoundTrip) => {
    record(trip);
    inFlight.push({ trip, sentAt: performance.now() });
  };
  client.on(
    'data',
    messageReader(
      true,
      (type, body) => {
        if (type === 'P') {
          const name = cstring(body, 0);
          prepared.set(name.text, collapse(cstring(body, name.next).text));
        } else if (type === 'B') {
          const portal = cstring(body, 0);
          bound.push(prepared.get(cstring(body, portal.next).text) ?? '(a statement prepared before counting)');
        } else if (type === 'Q') {
          send({ sql: collapse(cstring(body, 0).text) });
        } else if (type === 'S') {
          send({ sql: bound.join(' ; ') || '(Sync)' });
          bound = [];
        }
      },
      onUnreadable,
    ),
  );
  database.on(
    'data',
    messageReader(
      false,
      (type) => {
        if (type !== 'Z') return;
        // The first ReadyForQuery ends the startup; each later one answers the oldest round trip.
        if (!ready) ready = true;
        else {
          const answered = inFlight.shift();
          if (answered) answered.trip.ms = performance.now() - answered.sentAt;
        }
      },
      onUnreadable,
    ),
  );
}

export async function startQueryCounter(databaseUrl: string): Promise<QueryCounter> {
  const upstream = new URL(databaseUrl);
  if (!upstream.hostname) throw new Error('Counting SQL round trips needs a DATABASE_URL with a TCP host');
  const trips: RoundTrip[] = [];
  const sockets = new Set<Socket>();
  let opened = 0;
  let unreadable = 0;

  const server = createServer((client) => {
    opened += 1;
    const database = connect(Number(upstream.port || 5432), upstream.hostname);
    for (const socket of [client, database]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        database.destroy();
      });
    }
    let counted = false;
    watchConnection(
      client,
      database,
      (trip) => trips.push(trip),
      () => {
        if (!counted) unreadable += 1;
        counted = true;
      },
    );
    client.pipe(database);
    database.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The query counter has no TCP address');

  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  url.searchParams.set('sslmode', 'disable');

  return {
    url: url.toString(),
    roundTrips: () => trips.length,
    since: (mark) => trips.slice(mark),
    connections: () => opened,
    unreadable: () => unreadable,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
