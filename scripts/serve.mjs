// The production HTTP server: Next's request handler behind a plain Node server, so the socket's
// peer address reaches the app (next start keeps a client-sent X-Forwarded-For as it is).
import http from 'node:http';
import next from 'next';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';
process.env.NEXT_TELEMETRY_DISABLED = '1';

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // Overwrite whatever a client sent: lib/http/client-ip.ts trusts only this header for the peer.
  req.headers['x-rubrica-peer'] = req.socket.remoteAddress ?? '';
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Rubrica ouvindo em http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
