// One app process: Next's request handler (the documented custom-server API) on a private Unix socket,
// for the front (main.ts) to send requests to. No hostname: with one, Next 16 treats next-intl's internal
// rewrite (/ → /en) as external.
import fs from 'node:fs';
import http from 'node:http';
import next from 'next';

export async function runAppWorker(socketPath: string, frontPort: number) {
  // A server action that redirects (a save, a delete) has Next render the target page at once, fetched
  // from this origin: the front's port, as `next start` sets it. Without it Next tries localhost:3000.
  if (Number.isInteger(frontPort) && frontPort > 0) process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${frontPort}`;
  const app = next({ dev: false, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  fs.rmSync(socketPath, { force: true });
  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  // Only the front connects (a private socket), and it decides when a kept connection is done: an app that
  // closed idle ones itself could close one in the instant the front reuses it (stale-socket.ts).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  const stop = () => {
    server.close();
    fs.rmSync(socketPath, { force: true });
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', () => undefined); // The front decides when to stop (Ctrl-C reaches the whole group).
  // The front is gone: nothing will send requests any more.
  process.on('disconnect', stop);
  process.send?.('ready');
  // A heartbeat: when it stops, this process is busy in synchronous work and the front sends elsewhere.
  setInterval(() => process.send?.('beat'), 100).unref();
}
