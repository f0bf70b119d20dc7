// `npm run lighthouse [-- --mobile-runs 2 --desktop-runs 1 --no-build]`: builds if needed, starts the
// production server on a temporary database holding the e2e fixture nights, and prints Lighthouse's four
// category scores for the dashboard, the dashboard over all dates and two night pages, on mobile and desktop.
// Scores swing on a loaded machine: each mobile audit runs twice by default, and the load is printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { loadDashboardFixture } from '@/e2e/fixtures/load-dashboard-fixture';
import { buildIsFresh, runBuild } from './bench/build';
import { installCleanup, killEverything } from './bench/processes';
import { startServer } from './bench/server';
import { runAudit, type FormFactor } from './lighthouse/audit';
import { formatReport, type Row } from './lighthouse/report';

/** A night of the fixture with many weapon rows (missiles and drones, some counts unknown). */
const NIGHT = '2025-06-29';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

async function main() {
  const { values } = parseArgs({
    options: {
      'mobile-runs': { type: 'string', default: '2' },
      'desktop-runs': { type: 'string', default: '1' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs: Record<FormFactor, number> = { mobile: Number(values['mobile-runs']), desktop: Number(values['desktop-runs']) };
  if (!Object.values(runs).every((n) => Number.isInteger(n) && n >= 0 && n <= 10)) throw new Error('--mobile-runs and --desktop-runs take 0–10');
  if (!fs.existsSync(CHROME)) throw new Error(`No Chromium at ${CHROME}: apt-get install -y chromium, or set CHROME_PATH`);

  installCleanup(() => killEverything());
  const root = process.cwd();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-lighthouse-'));
  try {
    const startLoad = load();
    let build = 'existing .next (newer than the sources)';
    if (!values['no-build'] && !buildIsFresh(root)) {
      console.error('Building…');
      const ms = await runBuild(root, path.join(dir, 'build.db'));
      build = `built now (${Math.round(ms / 1000)} s)`;
    }

    const databasePath = path.join(dir, 'lighthouse.db');
    const db = openDatabase(databasePath);
    const loaded = loadDashboardFixture(db);
    const bounds = fetchNightBounds('UA', db);
    db.$client.close();
    if (!bounds) throw new Error('The fixture loaded no nights');
    // Two nights: one with many weapon rows, and the latest (one weapon), whose chart sits on a phone's
    // first screen, the page a reader following a link to last night opens.
    const pages = ['/', `/?from=${bounds.first}&to=${bounds.last}`, `/nights/${NIGHT}`, `/nights/${bounds.last}`];

    const server = await startServer({ cwd: root, databasePath });
    const rows: Row[] = [];
    try {
      for (const page of pages) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          for (let run = 1; run <= runs[formFactor]; run++) {
            console.error(`Lighthouse ${formFactor} run ${run}: ${page}`);
            rows.push({ page, formFactor, run, result: await runAudit(root, `${server.baseUrl}${page}`, formFactor, CHROME) });
          }
        }
      }
    } finally {
      await server.stop();
    }
    const header = [
      `Lighthouse 12.2.3, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}.`,
      `Build: ${build}. Database: the e2e fixture (${loaded.nights} nights, ${loaded.figures} figures).`,
      `Load average (1, 5, 15 min) at start ${startLoad}, at end ${load()}: scores drop when other work shares the cores.`,
    ].join('\n');
    console.log(formatReport(rows, header));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  killEverything();
  process.exit(1);
});
