// Load on one URL with autocannon, run as its own process so it does not share the server's cores' event loop.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { trackChild } from './processes';

export type LoadOptions = { durationSec: number; connections: number; warmupRequests: number };

export type LoadResult = {
  /** Status of the last warm-up request: what the route answers at all (200, 404...). */
  status: number | null;
  p50Ms: number;
  p99Ms: number;
  requestsPerSec: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** One connection alone: the latency a single visitor sees, without queueing behind the others. */
  alone: { p50Ms: number; p99Ms: number; requestsPerSec: number };
};

/** Seconds of the one-connection run: long enough for a stable median, short enough for three sizes. */
export const aloneSeconds = (durationSec: number) => Math.max(1, Math.min(5, Math.ceil(durationSec / 2)));

const autocannonJson = z.object({
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  requests: z.object({ average: z.number(), total: z.number() }),
});

/** Sequential GETs, read to the end, so that compilation caches and SQLite's page cache are warm. */
export async function warmUp(url: string, count: number): Promise<number | null> {
  let status: number | null = null;
  for (let i = 0; i < count; i += 1) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = null;
    }
  }
  return status;
}

function runAutocannon(url: string, options: LoadOptions): Promise<z.infer<typeof autocannonJson>> {
  const cli = path.join(process.cwd(), 'node_modules', 'autocannon', 'autocannon.js');
  const args = [cli, '--json', '--no-progress', '-c', String(options.connections), '-d', String(options.durationSec), '-t', '60', url];
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

export async function measureRoute(url: string, options: LoadOptions): Promise<LoadResult> {
  const status = await warmUp(url, options.warmupRequests);
  const result = await runAutocannon(url, options);
  const alone = await runAutocannon(url, { ...options, connections: 1, durationSec: aloneSeconds(options.durationSec) });
  return {
    status,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSec: result.requests.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    alone: { p50Ms: alone.latency.p50, p99Ms: alone.latency.p99, requestsPerSec: alone.requests.average },
  };
}
