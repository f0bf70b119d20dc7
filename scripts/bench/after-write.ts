// The first request after a write: another process changes the database (as `npm run import` would),
// then one request is timed, then a second one (which the response cache answers). The write rewrites
// one night's notes with themselves, so the data stays the same while the data stamp changes.
import Database from 'better-sqlite3';

export type AfterWrite = { status: number | null; cache: string | null; firstMs: number; againMs: number; error?: string };

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

export async function firstAfterWrite(url: string, databasePath: string): Promise<AfterWrite> {
  try {
    touchData(databasePath);
    const first = await timedGet(url);
    const again = await timedGet(url);
    return { status: first.status, cache: first.cache, firstMs: first.ms, againMs: again.ms };
  } catch (error) {
    return { status: null, cache: null, firstMs: NaN, againMs: NaN, error: error instanceof Error ? error.message : String(error) };
  }
}
