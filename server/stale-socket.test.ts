// A kept connection the app closes in the instant it is reused: the front sends a GET once more on a new
// connection instead of answering 502. The app here answers the first request of each connection and
// drops the connection, unanswered, on its second: what a keep-alive timeout racing a reuse looks like.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppPool, type AppPool } from './app-pool';
import { appRenderer } from './app-renderer';
import { forward } from './forward';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dropsReusedConnections(): Promise<{ pool: AppPool; served: () => number; dropped: () => number }> {
  const socketPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-stale-')), 'app.sock');
  let served = 0;
  let dropped = 0;
  const requestsOn = new WeakMap<object, number>();
  const app = http.createServer((req, res) => {
    const count = (requestsOn.get(req.socket) ?? 0) + 1;
    requestsOn.set(req.socket, count);
    if (count > 1) {
      dropped += 1;
      req.socket.destroy();
      return;
    }
    served += 1;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`answer ${served} to ${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => app.listen(socketPath, resolve));
  const pool = createAppPool([socketPath]);
  cleanups.push(() => new Promise<void>((resolve) => app.close(() => resolve())));
  cleanups.push(() => pool.close());
  return { pool, served: () => served, dropped: () => dropped };
}

describe('a kept connection the app has closed', () => {
  it('costs a render nothing: it is sent again on a new connection', async () => {
    const app = await dropsReusedConnections();
    const render = appRenderer(app.pool);
    const first = await render('/a', {}, 1_000_000);
    const second = await render('/b', {}, 1_000_000);
    expect(first.kind === 'whole' && first.body.toString()).toBe('answer 1 to GET /a');
    expect(second.kind === 'whole' && second.body.toString()).toBe('answer 2 to GET /b');
    // The second render met the first render's kept connection closed, and went again on a new one.
    expect(app.dropped()).toBe(1);
    // The repeat's connection is not kept: the next render opens a kept connection of its own.
    const third = await render('/c', {}, 1_000_000);
    expect(third.kind === 'whole' && third.body.toString()).toBe('answer 3 to GET /c');
  });

  it('costs a passed-through GET nothing, and a POST is never sent twice', async () => {
    const app = await dropsReusedConnections();
    const front = http.createServer((req, res) => forward(app.pool, req, res, (_status, headers) => ({ ...headers })));
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => front.close(() => resolve())));
    const address = front.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const first = await fetch(`${base}/x`);
    expect(await first.text()).toBe('answer 1 to GET /x');
    const second = await fetch(`${base}/y`);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe('answer 2 to GET /y');
    expect(app.dropped()).toBe(1);

    // The repeat went on a connection of its own; the next GET opens a kept one again, answered.
    expect(await (await fetch(`${base}/w`)).text()).toBe('answer 3 to GET /w');
    // A write may have been done by the app before it dropped the connection: it is not repeated, and the
    // client is told the app did not answer.
    const post = await fetch(`${base}/z`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(502);
    expect(app.served()).toBe(3);
    expect(app.dropped()).toBe(2);
  });
});
