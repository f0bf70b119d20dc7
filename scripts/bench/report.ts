// Renders the benchmark's results as Markdown tables, with the issue's targets beside the figures.
import type { BenchOptions } from './args';
import type { ClientJs } from './bundle';
import type { AfterWrite } from './after-write';
import type { DbWork } from './db-work';
import type { Download } from './export-timing';
import type { DatasetFacts } from './generate-db';
import type { ImportTiming } from './import-timing';
import { aloneSeconds, MIN_RESPONSES, type LoadResult } from './load';
import type { Machine } from './machine';
import type { SizeName } from './sizes';

export type RouteResult = { name: string; path: string; connections: number; result: LoadResult | { error: string } };

/** The name of the static file measured beside the pages, the ceiling of their throughput. */
export const STATIC_CEILING = 'static file (ceiling)';

export type ExportResult = {
  path: string;
  http: Download;
  sqlite: Download | null;
  sqliteNote?: string;
  scope: string;
  rss: { baselineBytes: number | null; peakBytes: number | null };
};

export type SizeResult = {
  size: SizeName;
  label: string;
  facts: DatasetFacts;
  routes: RouteResult[];
  export: ExportResult | { error: string };
  afterWrite: { name: string; path: string; result: AfterWrite }[];
  dbWork: DbWork;
};

export type BenchResults = {
  machine: Machine;
  options: BenchOptions;
  build: string;
  sizes: SizeResult[];
  clientJs: ClientJs | { error: string } | null;
  importTiming: ImportTiming | null;
  totalMs: number;
};

/** The issues' targets. */
export const TARGETS = {
  dashboardAllP50Ms: { small: 50, large: 150 } as Partial<Record<SizeName, number>>,
  /** `/` at the public dataset's size under 100 connections: throughput against the static file, p99. */
  crowd: { size: 'small' as SizeName, connections: 100, ratio: 0.5, p99Ms: 500 },
  /** The first `/` after a write at 1,000,000 figure rows. */
  firstAfterWriteMs: { size: 'large' as SizeName, ms: 150 },
  exportRatio: 1.5,
  /** Growth of the server's RSS during the export above which memory is not "flat". */
  exportRssGrowthBytes: 64 * 2 ** 20,
  clientJsGzipBytes: 250 * 1024,
};

const MET = '✓ met';
const MISSED = '✗ missed';

export function verdict(ok: boolean | null): string {
  return ok === null ? 'n/a' : ok ? MET : MISSED;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return 'n/a';
  return ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US');
}

export const formatInt = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : Math.round(n).toLocaleString('en-US'));
export const formatMB = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? 'n/a' : (bytes / 1e6).toFixed(1));
export const formatKB = (bytes: number) => (bytes / 1024).toFixed(1);
export const formatSeconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? 'n/a' : (ms / 1000).toFixed(2));

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A Markdown table; pipes inside cells are escaped. */
export function table(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const isError = <T extends object>(value: T | { error: string }): value is { error: string } => 'error' in value && typeof value.error === 'string';

/** Requests per second of the static file at the same size and connection count, in the same run. */
function ceilingRps(size: SizeResult, connections: number): number | null {
  const ceiling = size.routes.find((route) => route.name === STATIC_CEILING && route.connections === connections)?.result;
  return ceiling && !isError(ceiling) && ceiling.total > 0 ? ceiling.requestsPerSec : null;
}

const isDefaultDashboard = (route: RouteResult) => route.path === '/';

function routeRows(size: SizeResult): string[][] {
  return size.routes.map((route) => {
    const head = [size.size, route.name, String(route.connections)];
    if (isError(route.result)) return [...head, 'error', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', route.result.error.slice(0, 80)];
    const r = route.result;
    const answered = r.total > 0;
    const ok = answered && r.status !== null && r.status >= 200 && r.status < 300 && r.non2xx === 0 && r.errors === 0 && r.timeouts === 0;
    const ceiling = route.name === STATIC_CEILING ? null : ceilingRps(size, route.connections);
    const ratio = ceiling && answered ? r.requestsPerSec / ceiling : null;
    const targets: string[] = [];
    const limit = TARGETS.dashboardAllP50Ms[size.size];
    const alone = r.alone && r.alone.total > 0 ? r.alone : null;
    if (isAllRange(route) && limit !== undefined && r.alone) targets.push(`p50 < ${limit} ms alone: ${verdict(alone ? alone.p50Ms < limit : null)}`);
    const crowd = TARGETS.crowd;
    if (isDefaultDashboard(route) && size.size === crowd.size && route.connections === crowd.connections) {
      targets.push(
        `≥ ${crowd.ratio}× static: ${verdict(ratio === null ? null : ratio >= crowd.ratio)}; ` +
          `p99 < ${crowd.p99Ms} ms: ${verdict(answered ? r.p99Ms < crowd.p99Ms : null)}; no errors: ${verdict(ok)}`,
      );
    }
    const status = r.status === null ? 'no answer' : ok ? String(r.status) : `**${r.status}**`;
    const non2xx = r.errors || r.timeouts ? `${formatInt(r.non2xx)} (+${r.errors} errors, ${r.timeouts} timeouts)` : formatInt(r.non2xx);
    const ms = (value: number, total: number) => (total > 0 ? formatMs(value) : 'n/a');
    const aloneText = alone ? `${ms(alone.p50Ms, alone.total)} / ${ms(alone.p99Ms, alone.total)}` : '';
    const responses = `${formatInt(r.total)}${r.byCount ? ' (by count)' : ''}`;
    const rps = r.requestsPerSec < 10 ? r.requestsPerSec.toFixed(1) : formatInt(r.requestsPerSec);
    const ratioText = route.name === STATIC_CEILING ? '1 (ceiling)' : ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`;
    return [...head, status, ms(r.p50Ms, r.total), ms(r.p99Ms, r.total), rps, ratioText, responses, non2xx, aloneText, targets.join('; ')];
  });
}

function afterWriteRows(size: SizeResult): string[][] {
  return size.afterWrite.map(({ name, path, result }) => {
    const target = TARGETS.firstAfterWriteMs;
    const judged = path === '/' && size.size === target.size ? `< ${target.ms} ms: ${verdict(result.status === 200 ? result.firstMs < target.ms : null)}` : '';
    if (result.error) return [size.size, name, `error: ${result.error.slice(0, 80)}`, '', '', judged];
    const samples = result.samplesMs && result.samplesMs.length > 1 ? ` [${result.samplesMs.map(formatMs).join(', ')}]` : '';
    return [size.size, name, String(result.status), `${formatMs(result.firstMs)} (${result.cache ?? 'no cache header'})${samples}`, formatMs(result.againMs), judged];
  });
}

function exportRow(size: SizeResult): string[] {
  const e = size.export;
  if (isError(e)) return [size.size, 'error', '', '', '', '', '', '', '', e.error.slice(0, 80)];
  const httpOk = e.http.status === 200 && !e.http.error;
  const mbps = (d: Download) => (d.ms > 0 ? (d.bytes / 1e6 / (d.ms / 1000)).toFixed(1) : 'n/a');
  const ratio = httpOk && e.sqlite && e.sqlite.status === 0 && e.sqlite.ms > 0 ? e.http.ms / e.sqlite.ms : null;
  const { baselineBytes, peakBytes } = e.rss;
  const growth = baselineBytes !== null && peakBytes !== null ? peakBytes - baselineBytes : null;
  const rss = `${formatMB(baselineBytes)} → ${formatMB(peakBytes)} (+${formatMB(growth)})`;
  const flat = growth === null || !httpOk ? null : growth <= TARGETS.exportRssGrowthBytes;
  const target = ratio === null ? 'n/a' : `≤ ${TARGETS.exportRatio}×: ${verdict(ratio <= TARGETS.exportRatio)}; flat memory: ${verdict(flat)}`;
  const status = httpOk ? `${formatInt(e.http.rows)} rows, ${e.scope}` : `**HTTP ${e.http.status ?? 'no answer'}**${e.http.error ? ` ${e.http.error}` : ''}`;
  const sqlite = e.sqlite
    ? e.sqlite.status === 0
      ? `${formatSeconds(e.sqlite.ms)} (${mbps(e.sqlite)} MB/s, ${formatInt(e.sqlite.rows)} rows)`
      : `failed: ${e.sqlite.error ?? e.sqlite.status}`
    : (e.sqliteNote ?? 'n/a');
  return [
    size.size,
    status,
    formatMB(e.http.bytes),
    formatSeconds(e.http.ms),
    httpOk ? mbps(e.http) : 'n/a',
    sqlite,
    ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`,
    rss,
    target,
  ];
}

const isAllRange = (route: RouteResult) => route.name.includes('all') && route.path.startsWith('/?');

/** The HTTP p50 of `/` with "all" as the range, on one connection (no queueing), when it answered 200. */
function allRangeP50Ms(size: SizeResult): number | null {
  const result = size.routes.find(isAllRange)?.result;
  if (!result || isError(result) || result.status !== 200 || !result.alone || result.alone.total === 0) return null;
  return result.alone.p50Ms;
}

function dbWorkRow(size: SizeResult): string[] {
  const { timings, error } = size.dbWork;
  const httpP50 = allRangeP50Ms(size);
  const timed = timings.filter((t) => t.p50Ms !== null);
  if (timings.length === 0) return [size.size, error ? `n/a (${error.slice(0, 80)})` : 'n/a', 'n/a', 'n/a', formatMs(httpP50), 'n/a'];
  const sum = timed.reduce((total, t) => total + (t.p50Ms ?? 0), 0);
  const failed = timings.length - timed.length;
  const names = timings.map((t) => `${t.name} ${t.p50Ms === null ? 'error' : formatMs(t.p50Ms)}`).join(', ');
  const share = httpP50 ? `${Math.round((sum / httpP50) * 100)} %` : 'n/a';
  const cached = size.dbWork.cached?.p50Ms;
  return [
    size.size,
    `${names}${failed ? ` (${failed} failed)` : ''}`,
    formatMs(sum),
    cached === null || cached === undefined ? 'n/a' : formatMs(cached),
    formatMs(httpP50),
    share,
  ];
}

export function renderReport(results: BenchResults): string {
  const { machine, options } = results;
  const out: string[] = [];
  out.push(`## Air Tally benchmark, ${machine.date}`);
  out.push('');
  out.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, Node ${machine.node}, ${machine.os}; ` +
      `commit ${machine.commit}; load average at start ${machine.load}. Build: ${results.build}. Whole run: ${formatDuration(results.totalMs)}.`,
  );
  out.push(
    `Load: autocannon in its own process on 127.0.0.1, ${options.connections.join(' and ')} connections for ${options.durationSec} s per request, ` +
      `after ${options.warmupRequests} warm-up requests; the production server (\`npm run serve\`: the response cache in front of Next). Synthetic data, seed ${options.seed}, newest night ${options.endDate}. ` +
      'Server, load generator and any other work share the same cores, so treat small differences as noise.',
  );
  out.push('');
  out.push('### Synthetic databases');
  out.push('');
  out.push(
    table(
      ['size', 'nights UA / RU', 'figure rows', 'dates', 'file MB', 'generated'],
      results.sizes.map((s) => [
        `${s.size}: ${s.label}`,
        `${formatInt(s.facts.nights.UA)} / ${formatInt(s.facts.nights.RU)}`,
        formatInt(s.facts.figures.all),
        `${s.facts.range.from} … ${s.facts.range.to}`,
        formatMB(s.facts.fileBytes),
        s.facts.generatedMs === null ? 'cached' : `${formatSeconds(s.facts.generatedMs)} s`,
      ]),
    ),
  );
  out.push('');
  out.push('### Requests under load');
  out.push('');
  out.push(
    table(
      ['size', 'request', 'connections', 'HTTP', 'p50 ms', 'p99 ms', 'req/s', '× static', 'responses', 'non-2xx', 'alone p50 / p99 ms', 'target'],
      results.sizes.flatMap(routeRows),
    ),
  );
  out.push('');
  out.push(
    `p50, p99 and req/s under each number of concurrent connections (latency there includes queueing: about connections ÷ req/s). ` +
      `"× static": req/s against the static file measured just before at the same size and connections, a JavaScript chunk of the same server close in size to \`/\` (its path under Paths): the ceiling, measured in the same run. ` +
      `"alone": one connection for ${aloneSeconds(options.durationSec)} s, what a single visitor waits. ` +
      `"by count": the page was too slow for ${MIN_RESPONSES.loaded} responses within the duration, so ${MIN_RESPONSES.loaded} requests were timed instead.`,
  );
  out.push('');
  out.push('Paths: ' + [...new Set(results.sizes.flatMap((s) => s.routes.map((r) => `${s.size} ${r.name} = \`${r.path}\``)))].join('; ') + '.');
  out.push('');
  out.push('### The first request after a write');
  out.push('');
  out.push(table(['size', 'request', 'HTTP', 'first after a write, ms: median (cache) [each write]', 'the next one, ms (median)', 'target'], results.sizes.flatMap(afterWriteRows)));
  out.push('');
  out.push(
    'Another process writes to the database (it rewrites one night\'s notes with themselves: the data stamp changes, the figures do not), ' +
      'then one request is timed on one connection, then the next; several writes per request (each in brackets), a quarter of a second apart. ' +
      'The first one renders afresh (MISS) and pays the database work; the next is served from the response cache. The target is judged on the median.',
  );
  out.push('');
  out.push('### Export of everything vs `sqlite3 -csv` on the same file');
  out.push('');
  out.push(
    table(
      ['size', 'export', 'MB', 'export s', 'MB/s', 'sqlite3 -csv s', 'ratio', 'server RSS MB before → peak', 'target'],
      results.sizes.map(exportRow),
    ),
  );
  out.push('');
  out.push(
    `The sqlite3 query joins figures, nights and weapons, same columns, ordered by date (then target, weapon), over the rows the export returned. ` +
      `RSS is the sum over the server's processes (the front and its app processes), sampled every 50 ms plus the kernel's peak marks; "flat" means it grew by at most ${formatMB(TARGETS.exportRssGrowthBytes)} MB.`,
  );
  out.push('');
  out.push('### Where the time goes: `/` with "all" as the range');
  out.push('');
  out.push(
    table(
      ['size', 'queries `/` runs, p50 ms each (in-process)', 'DB work ms (uncached)', 'memo hit ms', 'HTTP p50 ms alone', 'DB share (uncached)'],
      results.sizes.map(dbWorkRow),
    ),
  );
  const filters = results.sizes.find((s) => s.dbWork.filters)?.dbWork.filters;
  if (filters) {
    const { from: _from, to: _to, ...rest } = filters;
    out.push(
      '',
      `Timed in a separate process on the same file, with from and to the UA range of that database and the page's own filter resolution (${JSON.stringify(rest)}). ` +
        'The page keeps the aggregates in a memo until the data changes: the first visitor after a write pays the uncached time, later ones the memo hit. ' +
        'The HTTP figure is the one-connection p50, so the rest of it is rendering and transfer.',
    );
  }
  out.push('');
  out.push('### Client JavaScript and import');
  out.push('');
  const rows: string[][] = [];
  const js = results.clientJs;
  if (js === null) rows.push(['client JS of `/` (loaded on a reader\u2019s first interaction)', 'not measured', '']);
  else if (isError(js)) rows.push(['client JS of `/` (loaded on a reader\u2019s first interaction)', `error: ${js.error}`, '']);
  else
    rows.push([
      'client JS of `/` (loaded on a reader\u2019s first interaction)',
      `${js.chunks} chunks (${js.scriptTags} script tags), ${formatKB(js.rawBytes)} KB raw, **${formatKB(js.gzipBytes)} KB gzip**${js.missing.length ? `; ${js.missing.length} missing` : ''}`,
      `< ${TARGETS.clientJsGzipBytes / 1024} KB gzip: ${verdict(js.chunks > 0 ? js.gzipBytes < TARGETS.clientJsGzipBytes : null)}`,
    ]);
  const imp = results.importTiming;
  if (imp === null) rows.push(['import of the public dataset', 'skipped (--no-import)', '']);
  else if (imp.state === 'absent') rows.push(['import of the public dataset', imp.reason, '']);
  else
    rows.push([
      'import of the public dataset (`npm run import`)',
      imp.exitCode === 0
        ? `${formatSeconds(imp.ms)} s → ${formatInt(imp.nights)} nights, ${formatInt(imp.figures)} figure rows`
        : `failed (exit ${imp.exitCode}) after ${formatSeconds(imp.ms)} s: ${imp.tail}`,
      '',
    ]);
  out.push(table(['measure', 'result', 'target'], rows));
  out.push('');
  return out.join('\n');
}
