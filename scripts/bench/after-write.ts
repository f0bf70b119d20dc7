// The first request after a write: another process changes the database (as `npm run import` would),
// then one request is timed, then a second one (which the response cache answers). The write rewrites
// one night's notes with themselves, so the data stays the same while the data stamp changes. One
// sample swings with whatever else the machine does in that tenth of a second, so it is repeated
// (SAMPLES writes, a pause between) and reported as the median with every sample beside it.
import Database from 'better-sqlite3';
import { percentile } from './stats';

export type AfterWrite = {
  status: number | null;
  cache: string | null;
  /** The median of the first requests after each write. */
  firstMs: number;
  /** Every first request after a write, in the order taken. */
  samplesMs?: number[];
  againMs: number;
  error?: string;
};

export const SAMPLES = 5;
const PAUSE_MS = 250;

const median = (values: number[]) => percentile(values, 50) ?? NaN;

export function touchData(databasePath: string) {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('update nights set notes = notes where id = (select min(id) from nights)').run();
  } finally {
    db.close();
  }
}

async function timedGet(url: string): Promise<{ status: number; cache: string | null; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  await response.arrayBuffer();
  return { status: response.status, cache: response.headers.get('x-air-tally-cache'), ms: performance.now() - started };
}

export async function firstAfterWrite(url: string, databasePath: string, samples = SAMPLES): Promise<AfterWrite> {
  try {
    const firsts: Awaited<ReturnType<typeof timedGet>>[] = [];
    const agains: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      touchData(databasePath);
      firsts.push(await timedGet(url));
      agains.push((await timedGet(url)).ms);
    }
    // A sample that was not rendered afresh (or failed) says so in the status and cache columns.
    const odd = firsts.find((first) => first.status !== 200 || first.cache !== 'MISS') ?? firsts[0];
    return {
      status: odd?.status ?? null,
      cache: odd?.cache ?? null,
      firstMs: median(firsts.map((first) => first.ms)),
      samplesMs: firsts.map((first) => first.ms),
      againMs: median(agains),
    };
  } catch (error) {
    return { status: null, cache: null, firstMs: NaN, againMs: NaN, error: error instanceof Error ? error.message : String(error) };
  }
}
