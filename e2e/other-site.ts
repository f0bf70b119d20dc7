// "Another site" for cross-origin checks: a tiny HTTP server on a loopback port of its own (another
// origin than the app's), serving pages the test writes. A real loopback server, not a routed URL:
// Chromium blocks a page of unknown address from reaching loopback (local network access checks).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type OtherSite = { origin: string; serve: (path: string, html: string) => void; close: () => Promise<void> };

export async function startOtherSite(): Promise<OtherSite> {
  const pages = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (path, html) => pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
