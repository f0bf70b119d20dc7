// `npm run bench`: builds, then for each synthetic database starts the production server and measures
// the dashboard, a night and the JSON API at each number of connections beside a static file of the same
// server (the ceiling), the first request after a write, and the export; prints one Markdown report and
// writes it to a file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '@/lib/dates';
import { parseBenchArgs, USAGE, type BenchOptions } from './args';
import { buildIsFresh, hasBuild, runBuild } from './build';
import { firstAfterWrite } from './after-write';
import { measureClientJs, staticCeilingPath, type ClientJs } from './bundle';
import { measureDbWork } from './db-work';
import { download, sqlite3Version, sqliteCsv, SQLITE3, type ExportScope } from './export-timing';
import { ensureDatabase, type DatasetFacts } from './generate-db';
import { PUBLIC_DATASET, timeImport } from './import-timing';
import { measureRoute } from './load';
import { describeMachine } from './machine';
import { sampleRss } from './memory';
import { installCleanup } from './processes';
import { renderReport, STATIC_CEILING, type ExportResult, type RouteResult, type SizeResult } from './report';
import { startServer, type Server } from './server';
import { SIZES, type SizeName } from './sizes';

const root = process.cwd();
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'error';

function routesFor(facts: DatasetFacts): { name: string; path: string }[] {
  const { from, to } = facts.uaRange;
  const yearFrom = addDays(to, -364);
  return [
    { name: '`/` default range', path: '/' },
    { name: '`/` all', path: `/?from=${from}&to=${to}` },
    { name: '`/nights/DATE`', path: `/nights/${facts.sampleNightDate}` },
    { name: '`/api/nights` one year', path: `/api/nights?from=${yearFrom}&to=${to}&target=UA` },
  ];
}

/** Which rows the export returned, told apart by their count: every target, or the default UA only. */
function exportScope(rows: number, facts: DatasetFacts): { scope: ExportScope; label: string } | null {
  if (rows === facts.figures.all) return { scope: { ...facts.range, target: null }, label: 'all targets' };
  if (rows === facts.figures.UA) return { scope: { ...facts.uaRange, target: 'UA' }, label: 'UA only (the default target)' };
  return null;
}

async function measureExport(server: Server, facts: DatasetFacts, hasSqlite3: boolean): Promise<ExportResult> {
  const exportPath = `/export.csv?from=${facts.range.from}&to=${facts.range.to}`;
  const allScope: ExportScope = { ...facts.range, target: null };
  // A first sqlite3 pass brings the file into the page cache for both contenders.
  if (hasSqlite3) await sqliteCsv(facts.path, allScope);
  const sampling = sampleRss(server.processIds());
  const http = await download(`${server.baseUrl}${exportPath}`);
  const rss = sampling.stop();
  const matched = http.status === 200 ? exportScope(http.rows, facts) : null;
  let sqliteNote: string | undefined;
  if (!hasSqlite3) sqliteNote = `${SQLITE3} missing (apt-get install -y sqlite3)`;
  else if (http.status === 200 && !matched) sqliteNote = `export rows (${http.rows}) match neither all targets (${facts.figures.all}) nor UA (${facts.figures.UA})`;
  const sqlite = hasSqlite3 ? await sqliteCsv(facts.path, matched?.scope ?? allScope) : null;
  const scope = matched?.label ?? (http.status === 200 ? `rows differ from the database (${formatCount(facts)})` : '');
  return { path: exportPath, http, sqlite, ...(sqliteNote ? { sqliteNote } : {}), scope, rss };
}

const formatCount = (facts: DatasetFacts) => `${facts.figures.all} figure rows, ${facts.figures.UA} UA`;

async function measureSize(size: SizeName, options: BenchOptions, hasSqlite3: boolean, wantClientJs: boolean) {
  log(`${size}: preparing the database (${SIZES[size].label})`);
  const facts = ensureDatabase(size, options.seed, options.endDate, { fresh: options.freshData });
  log(
    `${size}: ${facts.nights.UA + facts.nights.RU} nights, ${facts.figures.all} figure rows, ` +
      (facts.generatedMs === null ? 'from the cache' : `generated in ${(facts.generatedMs / 1000).toFixed(1)} s`) +
      ` (${facts.path})`,
  );
  const server = await startServer({ cwd: root, databasePath: facts.path });
  log(`${size}: server on ${server.baseUrl}, serving pid ${server.servingPid}`);
  try {
    const pages = routesFor(facts);
    const ceiling = await staticCeilingPath(server.baseUrl, '/').catch((error: unknown) => ({ error: errorText(error) }));
    if ('error' in ceiling) log(`${size}: no static file to compare with: ${ceiling.error}`);
    else log(`${size}: ceiling ${ceiling.path}, ${ceiling.bytes} bytes (\`/\` is ${ceiling.pageBytes})`);
    const measured = 'error' in ceiling ? pages : [{ name: STATIC_CEILING, path: ceiling.path }, ...pages];
    const routes: RouteResult[] = [];
    for (const [round, connections] of options.connections.entries()) {
      for (const route of measured) {
        log(`${size}: ${connections} connections on ${route.path}`);
        try {
          const result = await measureRoute(`${server.baseUrl}${route.path}`, { ...options, connections }, { alone: round === 0 });
          routes.push({ ...route, connections, result });
          log(`${size}:   HTTP ${result.status}, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${Math.round(result.requestsPerSec)} req/s`);
        } catch (error) {
          routes.push({ ...route, connections, result: { error: errorText(error) } });
        }
      }
    }
    const afterWrite = [];
    for (const route of pages) {
      log(`${size}: first ${route.path} after a write`);
      afterWrite.push({ ...route, result: await firstAfterWrite(`${server.baseUrl}${route.path}`, facts.path) });
    }
    let clientJs: ClientJs | { error: string } | null = null;
    if (wantClientJs) {
      log(`${size}: client JavaScript of /`);
      clientJs = await measureClientJs(server.baseUrl, '/').catch((error: unknown) => ({ error: errorText(error) }));
    }
    log(`${size}: export of everything`);
    const exported = await measureExport(server, facts, hasSqlite3).catch((error: unknown) => ({ error: errorText(error) }));
    if (!('error' in exported)) {
      log(`${size}:   HTTP ${exported.http.status}, ${exported.http.rows} rows in ${Math.round(exported.http.ms)} ms; sqlite3 ${exported.sqlite ? Math.round(exported.sqlite.ms) : 'n/a'} ms`);
    }
    log(`${size}: database work of / in-process`);
    const dbWork = await measureDbWork(facts.path, { ...facts.uaRange, target: 'UA', granularity: 'month' });
    const result: SizeResult = { size, label: SIZES[size].label, facts, routes, export: exported, afterWrite, dbWork };
    return { result, clientJs };
  } finally {
    await server.stop();
  }
}

async function main() {
  const started = performance.now();
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message === USAGE ? USAGE : `${message}\n\n${USAGE}`);
    process.exit(2);
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-bench-run-'));
  installCleanup(() => fs.rmSync(workDir, { recursive: true, force: true }));
  const machine = describeMachine();

  let build: string;
  const fresh = buildIsFresh(root);
  if (options.build === 'never' || (options.build === 'auto' && fresh)) {
    if (!hasBuild(root)) throw new Error('No .next build found: run without --no-build');
    build = fresh ? 'existing .next (newer than the sources)' : 'existing .next (**older than the sources**, --no-build)';
  } else {
    log('next build');
    const ms = await runBuild(root, path.join(workDir, 'build.db'));
    build = `next build took ${(ms / 1000).toFixed(1)} s`;
  }
  log(build);

  const sqliteVersion = sqlite3Version();
  if (!sqliteVersion) log(`${SQLITE3} is missing: the export is measured without its comparison (apt-get install -y sqlite3)`);

  const sizes: SizeResult[] = [];
  let clientJs: ClientJs | { error: string } | null = null;
  for (const size of options.sizes) {
    const measured = await measureSize(size, options, sqliteVersion !== null, clientJs === null);
    sizes.push(measured.result);
    clientJs ??= measured.clientJs;
  }

  let importTiming = null;
  if (options.importCheck) {
    log(`import of ${PUBLIC_DATASET}`);
    importTiming = await timeImport({ root, csv: PUBLIC_DATASET, workDir, extraArgs: options.importArgs });
  }

  const report = renderReport({ machine, options, build, sizes, clientJs, importTiming, totalMs: performance.now() - started });
  const out = path.resolve(root, options.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report);
  process.stdout.write(`\n${report}\n`);
  log(`written to ${path.relative(root, out)}`);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
