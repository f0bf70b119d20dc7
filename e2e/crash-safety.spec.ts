// Crash safety: the server is killed with SIGKILL while editors save nights, then started again on the
// same file. The database must open cleanly and hold every write either whole or not at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startServer, type Server } from '../scripts/bench/server';
import { syntheticImportFile } from '../scripts/stress/import-during';
import { signIn } from '../scripts/stress/sign-in';

const editor = { EDITOR_EMAIL: 'crash@example.org', EDITOR_PASSWORD: 'crash-test-password' };
const FIGURES = [
  { weapon: 'Shahed-136/131', launched: 40, shot_down: 30, lost: 5 },
  { weapon: 'Kalibr', launched: 6, shot_down: 5 },
  { weapon: 'Iskander-M', launched: 2 },
];

let dir: string;
let databasePath: string;
let server: Server | null = null;

test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-crash-'));
  databasePath = path.join(dir, 'crash.db');
});

test.afterEach(async () => {
  await server?.stop();
  server = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

function killServer(running: Server) {
  // The whole process group: the server and anything it started.
  process.kill(-Number(running.groupPid), 'SIGKILL');
}

/** Per night: figure rows and create revisions, straight from the file after the crash. */
function inspect(file: string) {
  const db = new Database(file, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const nights = db
      .prepare(
        `select n.date, n.target,
           (select count(*) from figures f where f.night_id = n.id) as figures,
           (select count(*) from revisions r where r.night_date = n.date and r.night_target = n.target) as revisions
         from nights n`,
      )
      .all() as { date: string; target: string; figures: number; revisions: number }[];
    const orphanRevisions = db
      .prepare(
        `select count(*) as n from revisions r
         where not exists (select 1 from nights n where n.date = r.night_date and n.target = r.night_target)`,
      )
      .pluck()
      .get() as number;
    return { integrity, nights, orphanRevisions };
  } finally {
    db.close();
  }
}

test('killing the server in the middle of saves leaves every night whole or absent', async () => {
  test.setTimeout(120_000);
  server = await startServer({ cwd: process.cwd(), databasePath, env: editor });
  const cookie = await signIn(server.baseUrl, editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD);
  const running = server;
  const acknowledged = new Set<string>();
  let day = 0;
  const save = async () => {
    for (;;) {
      const date = new Date(Date.UTC(2010, 0, 1 + day++)).toISOString().slice(0, 10);
      try {
        const response = await fetch(`${running.baseUrl}/api/nights/${date}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ figures: FIGURES }),
        });
        if (response.status === 201) acknowledged.add(date);
      } catch {
        return; // The server is gone.
      }
    }
  };
  const writers = Array.from({ length: 6 }, save);
  await expect.poll(() => acknowledged.size, { timeout: 30_000 }).toBeGreaterThan(30);
  killServer(running);
  await Promise.all(writers);
  server = null;

  // Start again on the same file: migrations and start-up run over whatever the crash left.
  server = await startServer({ cwd: process.cwd(), databasePath, env: editor });
  const health = await fetch(`${server.baseUrl}/api/health`);
  expect(health.status).toBe(200);

  const { integrity, nights, orphanRevisions } = inspect(databasePath);
  expect(integrity).toBe('ok');
  expect(orphanRevisions).toBe(0);
  for (const night of nights) expect(night, `${night.date} is whole`).toMatchObject({ figures: 3, revisions: 1 });
  const stored = new Set(nights.map((night) => night.date));
  for (const date of acknowledged) expect(stored.has(date), `acknowledged ${date} survived`).toBe(true);
});

test('killing the server in the middle of a large import leaves all of it or none', async () => {
  test.setTimeout(240_000);
  server = await startServer({ cwd: process.cwd(), databasePath, env: editor });
  const cookie = await signIn(server.baseUrl, editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD);
  const running = server;
  const nights = 20_000;
  const file = syntheticImportFile('1960-01-01', nights);
  const post = (query: string) =>
    fetch(`${running.baseUrl}/api/import?${query}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv' },
      body: file,
    });
  const previewLines = (await (await post('mode=preview')).text()).trim().split('\n');
  const digest = (JSON.parse(previewLines.at(-1) ?? '{}') as { report?: { digest?: string } }).report?.digest;
  expect(digest).toBeTruthy();

  // The transaction spills pages into the WAL before it commits: once the WAL grows while the request
  // is still open, the server is in the middle of writing.
  const wal = `${databasePath}-wal`;
  const walSize = () => (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
  const before = walSize();
  let answered = false;
  const apply = post(`mode=apply&digest=${encodeURIComponent(digest ?? '')}`)
    .then((response) => response.text())
    .then(() => (answered = true))
    .catch(() => undefined);
  await expect.poll(walSize, { intervals: [20], timeout: 60_000 }).toBeGreaterThan(before + 2 * 1024 * 1024);
  expect(answered, 'the import was still running when the server was killed').toBe(false);
  killServer(running);
  await apply;
  server = null;

  server = await startServer({ cwd: process.cwd(), databasePath, env: editor });
  expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
  const { integrity, nights: stored, orphanRevisions } = inspect(databasePath);
  expect(integrity).toBe('ok');
  expect(orphanRevisions).toBe(0);
  // All or none: killed before its commit, the import must have left nothing behind, not a part.
  expect(stored.length).toBe(0);
});
