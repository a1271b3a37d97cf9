/**
 * Verdict's HTTP server: Next.js behind a plain `node:http` server of our
 * own, so the socket's address is known before Next sees the request. Next
 * keeps a client's X-Forwarded-For exactly as sent, so without this no
 * address a throttle reads could be trusted when clients connect directly
 * (TRUSTED_PROXY_HOPS=0). Every request gets the header `x-verdict-peer:
 * <token> <address>`, replacing any copy the client sent; the token is made
 * here per process, so that header means nothing on any other server.
 *
 * Run by `npm run dev` / `npm start` through scripts/launch.ts, and by the
 * browser tests. Plain JavaScript so Node runs it without a TypeScript loader
 * inside Next's process. Options: `-p/--port`, `-H/--hostname`, `--dev`.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

import next from 'next';

const PEER_HEADER = 'x-verdict-peer';

function option(names, fallback) {
  const args = process.argv.slice(2);
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    for (const name of names) {
      if (arg === name) return args[index + 1] ?? fallback;
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    }
  }
  return fallback;
}

const dev = process.argv.includes('--dev');
const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'));
const hostname = option(['-H', '--hostname'], process.env.HOSTNAME ?? '0.0.0.0');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${port}`);
  process.exit(2);
}

const token = randomBytes(18).toString('base64url');
process.env.VERDICT_PEER_TOKEN = token;
process.env.NEXT_TELEMETRY_DISABLED = '1';

// Next builds request URLs from this name; a wildcard bind address is no name.
const app = next({ dev, hostname: hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname, port, turbopack: dev });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();

function stamp(request) {
  request.headers[PEER_HEADER] = `${token} ${request.socket.remoteAddress ?? 'unknown'}`;
}

const server = createServer((request, response) => {
  stamp(request);
  handle(request, response);
});
// Development's hot reload talks over a WebSocket.
server.on('upgrade', (request, socket, head) => {
  stamp(request);
  upgrade(request, socket, head);
});
server.listen(port, hostname, () => {
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname;
  console.log(`▲ Verdict ${dev ? 'development' : 'production'} server on http://${shown}:${port}`);
});

let closing = false;
function stop() {
  if (closing) process.exit(0);
  closing = true;
  server.close(() => app.close().finally(() => process.exit(0)));
  // Keep-alive sockets would hold close() open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
