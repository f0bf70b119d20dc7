// `npm start` / `npm run serve`: the production server. A front process holds the response cache
// (response-cache.ts) and the listening port; app processes (app-worker.ts: Next's request handler, the
// documented custom-server API) render what it does not answer. Bundled by scripts/build-server.mjs into
// .next/air-tally-server.js at build time; run with `node .next/air-tally-server.js [--port N]`.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '@/db/client';
import { openDataStampReader } from '@/db/queries/data-stamp';
import { todayInKyiv } from '@/lib/dates';
import { readSeconds } from '@/lib/response-cache/stored-response';
import { createAppPool } from './app-pool';
import { appRenderer } from './app-renderer';
import { runAppWorker } from './app-worker';
import { startAppWorkers } from './app-workers';
import { createResponseCache } from './response-cache';
import { warmUp } from './warm-up';

const MB = 1024 * 1024;

function wholeNumber(name: string, value: string | undefined, fallback: number, least: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new Error(`${name} wants a whole number of at least ${least}, got "${value}"`);
  return n;
}

async function runFront(portArg: string | undefined) {
  const port = wholeNumber('PORT', portArg ?? process.env.PORT, 3000, 0);
  const cacheMb = wholeNumber('RESPONSE_CACHE_MB', process.env.RESPONSE_CACHE_MB, 128, 0);
  // Two cores by default: one app process can render while the other is busy.
  const workers = wholeNumber('APP_PROCESSES', process.env.APP_PROCESSES, Math.min(2, os.availableParallelism()), 1);
  const caching = {
    sharedMaxAge: readSeconds(process.env.CACHE_S_MAXAGE, 'CACHE_S_MAXAGE'),
    staleWhileRevalidate: readSeconds(process.env.CACHE_STALE_WHILE_REVALIDATE, 'CACHE_STALE_WHILE_REVALIDATE'),
  };
  const log = (message: string) => console.error(`response cache: ${message}`);

  // Migrate before anything reads the stamp or the apps start (their instrumentation repeats it, idempotently).
  const file = databasePath();
  openDatabase(file).$client.close();
  const stamp = openDataStampReader(file);
  const buildId = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();

  // The port first, so the apps know where their own server actions' redirects are rendered (below);
  // requests that arrive before the apps are ready wait for them.
  let serve: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const waiting: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    if (serve) serve(req, res);
    else waiting.push(() => serve?.(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;

  const apps = await startAppWorkers(workers, path.resolve(process.argv[1] ?? __filename), listening, log);
  const pool = createAppPool(apps.socketPaths, apps.responsive);
  await warmUp(pool, apps.socketPaths.length, log);
  const cache = createResponseCache({
    pool,
    render: appRenderer(pool),
    generation: () => ({ buildId, day: todayInKyiv(), dataStamp: stamp.read() }),
    maxBytes: cacheMb * MB,
    maxEntryBytes: Math.min(16 * MB, (cacheMb * MB) / 8),
    caching,
    log,
  });
  serve = (req, res) => cache.serve(req, res);
  for (const request of waiting.splice(0)) request();
  console.log(`Air Tally on http://localhost:${listening} (database ${file}, ${workers} app processes, response cache ${cacheMb} MB)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    server.close();
    server.closeIdleConnections();
    void apps.stop().finally(() => {
      pool.close();
      stamp.close();
      process.exit(0);
    });
    // Open downloads must not hold the process forever.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

// Whoever reads our output may go away (a closed pipe): writing a log line then fails with EPIPE, and
// Next reports that failure as an uncaught exception, which it logs, which fails again: a loop that
// burned a whole core. A closed output is ignored; the server goes on serving.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, worker: { type: 'string' }, 'front-port': { type: 'string' } } });
(values.worker ? runAppWorker(values.worker, Number(values['front-port'])) : runFront(values.port)).catch((error: unknown) => {
  console.error('Air Tally could not start:', error);
  process.exit(1);
});
