// The response cache in front of a stand-in app (no Next): what is stored, for how long, and for whom.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppPool, type AppPool } from './app-pool';
import { appRenderer } from './app-renderer';
import { createResponseCache, type ResponseCache } from './response-cache';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-cache-test-'));

/** App processes stood in for by servers on Unix sockets, as the real ones listen. */
async function startApps(handler: http.RequestListener, count: number): Promise<{ pool: AppPool; close: () => Promise<void> }> {
  const servers = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const socketPath = path.join(folder, `${Math.random().toString(36).slice(2)}-${i}.sock`);
      const server = http.createServer(handler);
      await new Promise<void>((resolve) => server.listen(socketPath, () => resolve()));
      return { server, socketPath };
    }),
  );
  const pool = createAppPool(servers.map((entry) => entry.socketPath));
  return {
    pool,
    close: async () => {
      pool.close();
      await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';
const PAGE_POLICY = "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; frame-ancestors 'none'";

let stamp = 'stamp-1';
let renders: string[] = [];
let nonceInPages = false;
let renderDelayMs = 0;
let rendering = 0;
let mostRenderingAtOnce = 0;

/** The stand-in app: records what it was asked, answers like the real one would. */
async function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '/';
  renders.push(`${url}${req.headers.cookie ? ` cookie=${req.headers.cookie}` : ''}`);
  // What the app reads is the data as it is when it starts (as a render reads the database).
  const seen = stamp;
  rendering += 1;
  mostRenderingAtOnce = Math.max(mostRenderingAtOnce, rendering);
  if (renderDelayMs) await new Promise((resolve) => setTimeout(resolve, renderDelayMs));
  rendering -= 1;
  const send = (status: number, type: string, body: string, extra: Record<string, string | string[]> = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': NEXT_DYNAMIC, 'content-security-policy': PAGE_POLICY, 'x-frame-options': 'DENY', ...extra });
    res.end(body);
  };
  const path = url.split('?')[0];
  if (path === '/' || path === '/uk') {
    const nonce = nonceInPages ? ' nonce="abc"' : '';
    return send(200, 'text/html; charset=utf-8', `<html><body><h1>${seen} ${url}</h1>${'<p>figures</p>'.repeat(200)}<script${nonce}>self.__next_f.push([1,"${seen}"])</script><script src="/_next/static/a.js"></script></body></html>`);
  }
  if (path === '/nights/2025-01-01') return send(404, 'text/html; charset=utf-8', '<html>no such night</html>');
  if (path === '/api/nights') {
    if (url.includes('from=1900-01-01')) return send(200, 'application/json', JSON.stringify({ nights: 'x'.repeat(50_000) }));
    if (url.includes('from=bad')) return send(400, 'application/json', '{"error":"bad"}');
    if (url.includes('from=2001-01-01')) return send(200, 'application/json', '{}', { 'set-cookie': ['tracking=1'] });
    return send(200, 'application/json', JSON.stringify({ stamp: seen, url }));
  }
  if (path === '/export.csv') return send(200, 'text/csv', `date,target\r\n${stamp}\r\n`);
  if (path === '/login') return send(200, 'text/html', '<html>sign in</html>', { 'cache-control': 'public, max-age=600' });
  return send(404, 'text/html', 'not found');
}

let server: http.Server;
let apps: Awaited<ReturnType<typeof startApps>>;
let cache: ResponseCache;
let base: string;

beforeAll(async () => {
  apps = await startApps((req, res) => void app(req, res), 2);
  cache = createResponseCache({
    pool: apps.pool,
    render: appRenderer(apps.pool),
    generation: () => ({ buildId: 'build', day: '2026-11-30', dataStamp: stamp }),
    maxBytes: 1024 * 1024,
    maxEntryBytes: 20_000,
    caching: { sharedMaxAge: 0, staleWhileRevalidate: 0 },
    log: () => undefined,
  });
  server = http.createServer((req, res) => cache.serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await apps.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  stamp = `stamp-${Math.random()}`;
  renders = [];
  nonceInPages = false;
  renderDelayMs = 0;
  mostRenderingAtOnce = 0;
});

/** A raw GET (fetch would decompress and hide Accept-Encoding choices). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the response cache', () => {
  it('renders a public read once and serves it again from memory, publicly cacheable with a strong ETag', async () => {
    const first = await get('/');
    const second = await get('/');
    expect(first.headers['x-air-tally-cache']).toBe('MISS');
    expect(second.headers['x-air-tally-cache']).toBe('HIT');
    expect(second.body.equals(first.body)).toBe(true);
    expect(renders).toEqual(['/ cookie=NEXT_LOCALE=en']);
    expect(second.headers.etag).toMatch(/^"at-[\w-]+"$/);
    expect(second.headers['cache-control']).toBe('public, max-age=0, s-maxage=0, stale-while-revalidate=0');
    expect(second.headers.vary).toContain('Accept-Language');
  });

  it('never serves an answer from before a write: a new data stamp renders afresh with a new ETag', async () => {
    const before = await get('/api/nights?target=UA');
    stamp = 'after-the-write';
    const after = await get('/api/nights?target=UA');
    expect(after.headers['x-air-tally-cache']).toBe('MISS');
    expect(JSON.parse(after.body.toString())).toMatchObject({ stamp: 'after-the-write' });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('answers 304 to the current ETag without rendering, and 200 once the data changed', async () => {
    const { headers } = await get('/nights/2025-01-01');
    renders = [];
    const revalidated = await get('/nights/2025-01-01', { 'if-none-match': String(headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(headers.etag);
    expect(renders).toEqual([]);
    stamp = 'changed';
    expect((await get('/nights/2025-01-01', { 'if-none-match': String(headers.etag) })).status).toBe(404);
  });

  it('renders each address once for a burst of readers after a write', async () => {
    renderDelayMs = 50;
    const answers = await Promise.all(Array.from({ length: 40 }, () => get('/?from=2025-01-01')));
    expect(renders).toEqual(['/?from=2025-01-01']);
    expect(new Set(answers.map((answer) => answer.body.toString())).size).toBe(1);
  });

  it('never lets a reader who came after a write join a render that started before it', async () => {
    renderDelayMs = 100;
    stamp = 'before';
    const early = get('/api/nights?target=RU');
    await new Promise((resolve) => setTimeout(resolve, 30));
    stamp = 'after';
    const late = await get('/api/nights?target=RU');
    expect(JSON.parse((await early).body.toString()).stamp).toBe('before');
    expect(JSON.parse(late.body.toString()).stamp).toBe('after');
  });

  it('renders one address one at a time under constant writes, each reader getting data at least as new as it came to', async () => {
    renderDelayMs = 40;
    let version = 0;
    const readers = Array.from({ length: 30 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 7));
      version += 1;
      stamp = `v${String(version).padStart(3, '0')}`;
      const asked = stamp;
      const answer = await get('/api/nights?target=UA');
      return { asked, got: JSON.parse(answer.body.toString()).stamp as string };
    });
    const answers = await Promise.all(readers);
    for (const { asked, got } of answers) expect(got >= asked, `asked at ${asked}, got ${got}`).toBe(true);
    expect(mostRenderingAtOnce).toBe(1);
    // Readers who came during one render share the next one.
    expect(renders.length).toBeLessThan(answers.length);
  });

  it('asks the app only for the parameters a route reads', async () => {
    await get('/?utm=1&to=2025-02-01&from=2025-01-01&from=1999-01-01');
    await get('/?from=2025-01-01&to=2025-02-01&cachebuster=42');
    expect(renders).toEqual(['/?from=2025-01-01&to=2025-02-01']);
  });

  it('passes an editor (session cookie) straight to the app and marks the answer private', async () => {
    await get('/');
    const editor = await get('/', { cookie: 'better-auth.session_token=s3cret' });
    expect(editor.headers['x-air-tally-cache']).toBeUndefined();
    expect(editor.headers['cache-control']).toBe('private, no-store');
    expect(editor.headers.etag).toBeUndefined();
    expect(renders.at(-1)).toBe('/ cookie=better-auth.session_token=s3cret');
  });

  it('keeps pages that are not public reads private even when the app says otherwise', async () => {
    const login = await get('/login');
    expect(login.headers['cache-control']).toBe('private, no-store');
    expect(login.headers.etag).toBeUndefined();
  });

  it('never stores an error or an answer that sets a cookie', async () => {
    for (let i = 0; i < 2; i += 1) {
      const bad = await get('/api/nights?from=bad');
      expect(bad.status).toBe(400);
      expect(bad.headers['cache-control']).toBe('private, no-store');
      const cookie = await get('/api/nights?from=2001-01-01');
      expect(cookie.headers['set-cookie']).toEqual(['tracking=1']);
      expect(cookie.headers['cache-control']).toBe('private, no-store');
    }
    expect(renders).toHaveLength(4);
  });

  it('streams an answer too large to keep, to every reader, with the same validators', async () => {
    const first = await get('/api/nights?from=1900-01-01');
    const second = await get('/api/nights?from=1900-01-01');
    for (const answer of [first, second]) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString()).nights).toHaveLength(50_000);
      expect(answer.headers['x-air-tally-cache']).toBe('STREAM');
      expect(answer.headers['cache-control']).toMatch(/^public/);
    }
    expect(second.headers.etag).toBe(first.headers.etag);
    expect((await get('/api/nights?from=1900-01-01', { 'if-none-match': String(first.headers.etag) })).status).toBe(304);
  });

  it('keeps the export like any other public read', async () => {
    const first = await get('/export.csv');
    const second = await get('/export.csv');
    expect(second.headers['x-air-tally-cache']).toBe('HIT');
    expect(second.body.toString()).toContain(stamp);
    expect((await get('/export.csv', { 'if-none-match': String(first.headers.etag) })).status).toBe(304);
    expect(renders).toEqual(['/export.csv']);
  });

  it('gives a stored page a policy with the hashes of its inline scripts and no nonce', async () => {
    const page = await get('/');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; frame-ancestors 'none'/);
    expect(policy).not.toMatch(/nonce|strict-dynamic|unsafe-inline/);
  });

  it('keeps nothing rendered with a nonce (a stored nonce would be everyone’s)', async () => {
    nonceInPages = true;
    const page = await get('/uk');
    expect(page.headers['x-air-tally-cache']).toBe('UNSHARED');
    expect(page.headers['cache-control']).toBe('private, no-store');
    await get('/uk');
    expect(renders).toHaveLength(2);
  });

  it('sends brotli or gzip as accepted, each with its own ETag, and HEAD without a body', async () => {
    const identity = await get('/');
    const gzip = await get('/', { 'accept-encoding': 'gzip' });
    const brotli = await get('/', { 'accept-encoding': 'gzip, br' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.body).equals(identity.body)).toBe(true);
    expect(new Set([identity.headers.etag, gzip.headers.etag, brotli.headers.etag]).size).toBe(3);
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(identity.body.length));
    expect(head.body.length).toBe(0);
  });

  it('compresses a coding only once a reader asks for it, once for however many ask at once', async () => {
    const identity = await get('/');
    const kept = cache.stats().bytes;
    expect(kept).toBeLessThan(identity.body.length * 1.2);
    const brotli = await Promise.all(Array.from({ length: 5 }, () => get('/', { 'accept-encoding': 'br' })));
    expect(new Set(brotli.map((answer) => answer.body.toString('base64'))).size).toBe(1);
    expect(brotli.map((answer) => answer.headers['x-air-tally-cache'])).toEqual(['HIT', 'HIT', 'HIT', 'HIT', 'HIT']);
    expect(zlib.brotliDecompressSync(brotli[0]!.body).equals(identity.body)).toBe(true);
    // The stored brotli bytes are counted once, beside the page.
    expect(cache.stats().bytes).toBe(kept + brotli[0]!.body.length);
    expect(renders).toHaveLength(1);
  });

  it('does not let an outside request ask for a nonce-free render', async () => {
    let seen: string | undefined = 'unset';
    const spyApps = await startApps((req, res) => {
      seen = req.headers['x-air-tally-shared-render'] as string | undefined;
      res.end('ok');
    }, 1);
    const spy = createResponseCache({
      pool: spyApps.pool,
      render: appRenderer(spyApps.pool),
      generation: () => ({ buildId: 'b', day: 'd', dataStamp: stamp }),
      maxBytes: 1000,
      maxEntryBytes: 100,
      caching: { sharedMaxAge: 0, staleWhileRevalidate: 0 },
      log: () => undefined,
    });
    const other = http.createServer((req, res) => spy.serve(req, res));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
    const port = (other.address() as AddressInfo).port;
    await fetch(`http://127.0.0.1:${port}/login`, { headers: { 'x-air-tally-shared-render': '1' } });
    await new Promise((resolve) => other.close(resolve));
    await spyApps.close();
    expect(seen).toBeUndefined();
  });

  it('passes uploads and answers through whole, cookies and statuses included', async () => {
    const echo = await startApps((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        res.writeHead(201, { 'set-cookie': ['a=1', 'b=2'], 'content-type': 'text/plain' });
        res.end(`${req.method} ${req.url} ${Buffer.concat(chunks).length}`);
      });
    }, 1);
    const front = createResponseCache({
      pool: echo.pool,
      render: appRenderer(echo.pool),
      generation: () => ({ buildId: 'b', day: 'd', dataStamp: stamp }),
      maxBytes: 1000,
      maxEntryBytes: 100,
      caching: { sharedMaxAge: 0, staleWhileRevalidate: 0 },
      log: () => undefined,
    });
    const other = http.createServer((req, res) => front.serve(req, res));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
    const port = (other.address() as AddressInfo).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/import?mode=preview`, { method: 'POST', body: Buffer.alloc(3_000_000, 65) });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe('POST /api/import?mode=preview 3000000');
    await new Promise((resolve) => other.close(resolve));
    await echo.close();
  });
});
