// Times the CSV export over HTTP and `sqlite3 -csv` on the equivalent query, both read to the end here.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { trackChild } from './processes';

export type Download = { status: number | null; bytes: number; rows: number; ms: number; error?: string };

/** Counts CSV records by line ends (no export cell holds a line break: statements are not exported). */
export class LineCounter {
  bytes = 0;
  private newlines = 0;
  private lastByte = -1;
  add(chunk: Buffer) {
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.newlines += 1;
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1] as number;
  }
  /** Records after the header row. */
  rows(): number {
    const lines = this.newlines + (this.bytes > 0 && this.lastByte !== 10 ? 1 : 0);
    return Math.max(0, lines - 1);
  }
}

export function download(url: string): Promise<Download> {
  return new Promise((resolve) => {
    const counter = new LineCounter();
    const started = performance.now();
    const request = http.get(url, (response) => {
      response.on('data', (chunk: Buffer) => counter.add(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? null, bytes: counter.bytes, rows: counter.rows(), ms: performance.now() - started }),
      );
      response.on('error', (error) =>
        resolve({ status: response.statusCode ?? null, bytes: counter.bytes, rows: counter.rows(), ms: performance.now() - started, error: error.message }),
      );
    });
    request.setTimeout(600_000, () => request.destroy(new Error('timed out')));
    request.on('error', (error) => resolve({ status: null, bytes: 0, rows: 0, ms: performance.now() - started, error: error.message }));
  });
}

export type ExportScope = { from: string; to: string; target: 'UA' | null };

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The export's rows as one query: figures joined to their night and weapon, ordered by date. */
export function exportSql(scope: ExportScope): string {
  const where = [`n.date between ${quote(scope.from)} and ${quote(scope.to)}`];
  if (scope.target) where.push(`n.target = ${quote(scope.target)}`);
  return [
    'select n.date as date, n.target as target, w.name as weapon, w.category as category, w.class as class,',
    '  f.launched as launched, f.shot_down as shot_down, f.lost as lost, n.source_url as source_url',
    'from figures f join nights n on n.id = f.night_id join weapons w on w.id = f.weapon_id',
    `where ${where.join(' and ')}`,
    'order by n.date, n.target, w.name;',
  ].join('\n');
}

export const SQLITE3 = '/usr/bin/sqlite3';

export function sqlite3Version(): string | null {
  const result = spawnSync(SQLITE3, ['-version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ')[0] ?? null : null;
}

export function sqliteCsv(databasePath: string, scope: ExportScope): Promise<Download> {
  return new Promise((resolve) => {
    const counter = new LineCounter();
    const started = performance.now();
    const child = spawn(SQLITE3, ['-csv', '-header', databasePath, exportSql(scope)], { stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => counter.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => resolve({ status: null, bytes: 0, rows: 0, ms: 0, error: error.message }));
    child.once('close', (code) =>
      resolve({
        status: code,
        bytes: counter.bytes,
        rows: counter.rows(),
        ms: performance.now() - started,
        ...(code === 0 ? {} : { error: stderr.trim().slice(0, 300) }),
      }),
    );
  });
}
