// `npm start` / `npm run serve`: the production server. Next's request handler (the documented custom
// server API) behind the response cache (response-cache.ts). Bundled by scripts/build-server.mjs into
// .next/air-tally-server.js at build time; run with `node .next/air-tally-server.js [--port N]`.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { databasePath, openDatabase } from '@/db/client';
import { openDataStampReader } from '@/db/queries/data-stamp';
import { todayInKyiv } from '@/lib/dates';
import { readSeconds } from '@/lib/response-cache/stored-response';
import { startAppRenderer } from './app-renderer';
import { createResponseCache } from './response-cache';

const MB = 1024 * 1024;

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port ?? process.env.PORT}`);
  const dir = process.cwd();
  const cacheMb = Number(process.env.RESPONSE_CACHE_MB ?? 128);
  if (!Number.isFinite(cacheMb) || cacheMb < 0) throw new Error(`RESPONSE_CACHE_MB wants megabytes, got "${process.env.RESPONSE_CACHE_MB}"`);
  const caching = {
    sharedMaxAge: readSeconds(process.env.CACHE_S_MAXAGE, 'CACHE_S_MAXAGE'),
    staleWhileRevalidate: readSeconds(process.env.CACHE_STALE_WHILE_REVALIDATE, 'CACHE_STALE_WHILE_REVALIDATE'),
  };

  // Migrate before anything reads the stamp (the app's instrumentation does the same, idempotently).
  const file = databasePath();
  openDatabase(file).$client.close();
  const stamp = openDataStampReader(file);
  const buildId = fs.readFileSync(path.join(dir, '.next', 'BUILD_ID'), 'utf8').trim();

  // No hostname: with one, Next 16 treats next-intl's internal rewrite (/ → /en) as external.
  const app = next({ dev: false, dir });
  const handle = app.getRequestHandler();
  await app.prepare();
  const renderer = await startAppRenderer(handle);
  const log = (message: string) => console.error(`response cache: ${message}`);
  const cache = createResponseCache({
    handle,
    renderer,
    generation: () => ({ buildId, day: todayInKyiv(), dataStamp: stamp.read() }),
    maxBytes: cacheMb * MB,
    maxEntryBytes: Math.min(16 * MB, (cacheMb * MB) / 8),
    caching,
    log,
  });

  const server = http.createServer((req, res) => cache.serve(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Air Tally on http://localhost:${listening} (database ${file}, response cache ${cacheMb} MB)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([renderer.close(), app.close()]).then(() => {
      stamp.close();
      process.exit(0);
    });
    // Open downloads must not hold the process forever.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Air Tally could not start:', error);
  process.exit(1);
});
