// Load on one URL with autocannon, run as its own process so it does not share the server's cores' event loop.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { trackChild } from './processes';

export type LoadOptions = { durationSec: number; connections: number; warmupRequests: number };

/**
 * Fewest responses a percentile is read from. autocannon counts only responses completed within its
 * duration, so a page slower than duration ÷ connections would report nothing: it is then measured again
 * by count (`-a`), which lasts as long as those responses take (each bounded by a 60 s timeout).
 */
export const MIN_RESPONSES = { loaded: 20, alone: 5 };

export type LoadResult = {
  /** Status of the last warm-up request: what the route answers at all (200, 404...). */
  status: number | null;
  p50Ms: number;
  p99Ms: number;
  requestsPerSec: number;
  total: number;
  /** Whether the duration gave too few responses and a fixed number of requests was measured instead. */
  byCount: boolean;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** One connection alone: the latency a single visitor sees, without queueing behind the others. */
  alone: { p50Ms: number; p99Ms: number; requestsPerSec: number; total: number } | null;
};

/** Seconds of the one-connection run: long enough for a stable median, short enough for three sizes. */
export const aloneSeconds = (durationSec: number) => Math.max(1, Math.min(5, Math.ceil(durationSec / 2)));

const autocannonJson = z.object({
  duration: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  requests: z.object({ average: z.number(), total: z.number() }),
});

/** Sequential GETs, read to the end, so that compilation caches and SQLite's page cache are warm. */
export async function warmUp(url: string, count: number): Promise<{ status: number | null; lastMs: number }> {
  let status: number | null = null;
  let lastMs = 0;
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = null;
    }
    lastMs = performance.now() - started;
  }
  return { status, lastMs };
}

// Responses over the whole run: autocannon's per-second average leaves out a last partial second.
const perSecond = (run: z.infer<typeof autocannonJson>) => (run.duration > 0 ? run.requests.total / run.duration : 0);

type Run = { connections: number } & ({ durationSec: number } | { amount: number });

function runAutocannon(url: string, run: Run): Promise<z.infer<typeof autocannonJson>> {
  const cli = path.join(process.cwd(), 'node_modules', 'autocannon', 'autocannon.js');
  const length = 'amount' in run ? ['-a', String(run.amount)] : ['-d', String(run.durationSec)];
  const args = [cli, '--json', '--no-progress', '-c', String(run.connections), ...length, '-t', '60', url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr.slice(-2_000)}`));
      try {
        resolve(autocannonJson.parse(JSON.parse(stdout)));
      } catch (error) {
        reject(new Error(`Could not read autocannon's output: ${String(error)}\n${stdout.slice(0, 500)}`));
      }
    });
  });
}

/** Loads one URL; `alone` adds a one-connection run (measured once per route, not per connection count). */
export async function measureRoute(url: string, options: LoadOptions, { alone: withAlone = true } = {}): Promise<LoadResult> {
  const { status, lastMs } = await warmUp(url, options.warmupRequests);
  // The server renders one request at a time (one Node thread): a page this slow cannot give enough responses in time.
  const tooSlow = lastMs * MIN_RESPONSES.loaded > options.durationSec * 1000;
  let result = tooSlow ? null : await runAutocannon(url, options);
  const byCount = result === null || result.requests.total < MIN_RESPONSES.loaded;
  if (result === null || byCount) result = await runAutocannon(url, { connections: options.connections, amount: MIN_RESPONSES.loaded });
  const aloneSec = aloneSeconds(options.durationSec);
  let alone = !withAlone || lastMs * MIN_RESPONSES.alone > aloneSec * 1000 ? null : await runAutocannon(url, { connections: 1, durationSec: aloneSec });
  if (withAlone && (alone === null || alone.requests.total < MIN_RESPONSES.alone)) alone = await runAutocannon(url, { connections: 1, amount: MIN_RESPONSES.alone });
  return {
    status,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSec: perSecond(result),
    total: result.requests.total,
    byCount,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    alone: alone && { p50Ms: alone.latency.p50, p99Ms: alone.latency.p99, requestsPerSec: perSecond(alone), total: alone.requests.total },
  };
}
