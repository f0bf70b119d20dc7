// Readers and writers at once against a running server, for a bounded time, on loopback only:
// autocannon readers on `/` and `/export.csv`, editors saving nights through the JSON API, then a
// check that every write the server acknowledged is in the database whole (night, figures, revision).
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { summarise, type Summary } from '../bench/stats';
import { trackChild } from '../bench/processes';

export type StressOptions = {
  baseURL: string;
  /** The editor's session cookie header ("name=value; …"). */
  cookie: string;
  databasePath: string;
  seconds: number;
  readers: { dashboard: number; exports: number };
  writers: number;
  /** Each write takes the next date from here (unique per target), e.g. an iterator over a free range. */
  nextNight: () => { date: string; target: 'UA' | 'RU' } | null;
  /** Optional extra work during the run, e.g. an import; resolves with a label and whether it succeeded. */
  during?: () => Promise<{ label: string; ok: boolean; detail?: string }>;
};

export type ReaderReport = { url: string; requests: number; non2xx: number; errors: number; timeouts: number; p99Ms: number };

export type StressReport = {
  seconds: number;
  readers: ReaderReport[];
  writes: { attempted: number; acknowledged: number; failed: { status: number; body: string }[]; latency: Summary | null };
  during: { label: string; ok: boolean; detail?: string; ms: number } | null;
  verified: { present: number; missing: string[]; partial: string[] };
  busyErrors: number;
};

const FIGURES = [
  { weapon: 'Shahed-136/131', launched: 40, shot_down: 30, lost: 5 },
  { weapon: 'Kh-101/Kh-555', launched: 6, shot_down: 5, lost: null },
  { weapon: 'Iskander-M/KN-23', launched: 2, shot_down: null, lost: null },
];

export async function runStress(options: StressOptions): Promise<StressReport> {
  const deadline = Date.now() + options.seconds * 1000;
  const readers = Promise.all([
    autocannon(`${options.baseURL}/`, options.readers.dashboard, options.seconds),
    autocannon(`${options.baseURL}/export.csv`, options.readers.exports, options.seconds),
  ]);
  const acknowledged: { date: string; target: string }[] = [];
  const failed: { status: number; body: string }[] = [];
  const latencies: number[] = [];
  let attempted = 0;

  async function writer() {
    while (Date.now() < deadline) {
      const night = options.nextNight();
      if (!night) return;
      attempted += 1;
      const started = performance.now();
      try {
        const response = await fetch(`${options.baseURL}/api/nights/${night.date}?target=${night.target}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: options.cookie },
          body: JSON.stringify({ source_name: 'stress test', figures: FIGURES }),
        });
        const body = await response.text();
        latencies.push(performance.now() - started);
        if (response.status === 201) acknowledged.push(night);
        else failed.push({ status: response.status, body: body.slice(0, 200) });
      } catch (error) {
        failed.push({ status: 0, body: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  const [readerReports, , during] = await Promise.all([
    readers,
    Promise.all(Array.from({ length: options.writers }, writer)),
    options.during ? timed(options.during) : Promise.resolve(null),
  ]);

  return {
    seconds: options.seconds,
    readers: readerReports,
    writes: { attempted, acknowledged: acknowledged.length, failed, latency: summarise(latencies) },
    during,
    verified: verifyWrites(options.databasePath, acknowledged),
    busyErrors: failed.filter((f) => /SQLITE_BUSY|database is locked/i.test(f.body)).length,
  };
}

async function timed<T extends object>(work: () => Promise<T>): Promise<T & { ms: number }> {
  const started = performance.now();
  const result = await work();
  return { ...result, ms: performance.now() - started };
}

/** The latency goal of the crowd issue: under 1 s at the 99th percentile, for reads and for saves. */
export const P99_GOAL_MS = 1_000;

/** Every acknowledged night must be there with all its figures and its "create" revision. */
function verifyWrites(databasePath: string, written: { date: string; target: string }[]) {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const figures = db.prepare(
      'select count(*) as n from figures f join nights n on n.id = f.night_id where n.date = ? and n.target = ?',
    );
    const revisions = db.prepare(
      "select count(*) as n from revisions where night_date = ? and night_target = ? and action = 'create'",
    );
    const missing: string[] = [];
    const partial: string[] = [];
    for (const night of written) {
      const figureCount = (figures.get(night.date, night.target) as { n: number }).n;
      const revisionCount = (revisions.get(night.date, night.target) as { n: number }).n;
      const label = `${night.date} ${night.target}`;
      if (figureCount === 0 && revisionCount === 0) missing.push(label);
      else if (figureCount !== FIGURES.length || revisionCount !== 1) partial.push(label);
    }
    return { present: written.length - missing.length - partial.length, missing, partial };
  } finally {
    db.close();
  }
}

function autocannon(url: string, connections: number, seconds: number): Promise<ReaderReport> {
  const cli = path.join(process.cwd(), 'node_modules', 'autocannon', 'autocannon.js');
  const args = [cli, '--json', '--no-progress', '-c', String(connections), '-d', String(seconds), '-t', '30', url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`autocannon exited with ${code}`);
        const result = JSON.parse(stdout) as {
          requests: { total: number };
          non2xx: number;
          errors: number;
          timeouts: number;
          latency: { p99: number };
        };
        resolve({
          url: url.replace(/^https?:\/\/[^/]+/, ''),
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          p99Ms: result.latency.p99,
        });
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Dates counting back from `start`, alternating targets, for writes that never collide. */
export function nightsCountingBack(start: string, count: number) {
  let index = 0;
  return () => {
    if (index >= count * 2) return null;
    const day = Math.floor(index / 2);
    const target = index % 2 === 0 ? ('UA' as const) : ('RU' as const);
    index += 1;
    const date = new Date(`${start}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - day);
    return { date: date.toISOString().slice(0, 10), target };
  };
}

export function formatStressReport(report: StressReport): string {
  const lines = [
    `| what | requests | errors (non-2xx, socket, timeouts) | p99 |`,
    `|---|---:|---:|---:|`,
    ...report.readers.map(
      (r) => `| GET ${r.url} | ${r.requests} | ${r.non2xx}, ${r.errors}, ${r.timeouts} | ${r.p99Ms} ms |`,
    ),
    `| PUT /api/nights/DATE | ${report.writes.attempted} | ${report.writes.failed.length} | ${
      report.writes.latency ? `${Math.round(report.writes.latency.p99)} ms` : 'n/a'
    } |`,
    '',
    `Writes acknowledged: ${report.writes.acknowledged}; present whole afterwards: ${report.verified.present}; ` +
      `missing: ${report.verified.missing.length}; partial: ${report.verified.partial.length}; ` +
      `SQLITE_BUSY seen by a client: ${report.busyErrors}.`,
  ];
  if (report.during) {
    lines.push(
      `${report.during.label}: ${report.during.ok ? 'ok' : 'FAILED'} in ${(report.during.ms / 1000).toFixed(1)} s` +
        `${report.during.detail ? ` (${report.during.detail})` : ''}`,
    );
  }
  const readP99 = Math.max(...report.readers.map((r) => r.p99Ms));
  const saveP99 = report.writes.latency?.p99 ?? null;
  const goal = (ms: number | null) => (ms === null ? 'n/a' : ms < P99_GOAL_MS ? 'met' : 'MISSED');
  lines.push(
    `p99 under ${P99_GOAL_MS} ms: reads ${Math.round(readP99)} ms (${goal(readP99)}), saves ${saveP99 === null ? 'n/a' : `${Math.round(saveP99)} ms`} (${goal(saveP99)}).`,
  );
  return lines.join('\n');
}

/** True when nothing went wrong: every reader answered 2xx and every write landed whole. */
export function stressPassed(report: StressReport): boolean {
  return (
    report.readers.every((r) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0 && r.requests > 0) &&
    report.writes.failed.length === 0 &&
    report.writes.acknowledged > 0 &&
    report.verified.missing.length === 0 &&
    report.verified.partial.length === 0 &&
    (report.during?.ok ?? true)
  );
}
