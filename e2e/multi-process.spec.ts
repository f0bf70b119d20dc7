// Several server processes on one database file (two ports here; behind one port in production, e.g.
// nginx's upstream): a write through one is seen by the very next read through the other, both give
// the same ETag for the same answer, and a restore into the live file is seen by both at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startServer, type Server } from '../scripts/bench/server';
import { signIn } from '../scripts/stress/sign-in';
import { apiFigures, read, readAll, viewsOf, warm } from './cache-helpers';

const editor = { EDITOR_EMAIL: 'two@example.org', EDITOR_PASSWORD: 'two-processes-password' };
const views = (date: string) => viewsOf(date, '2019-05-01', '2019-05-31');
const FIGURES = [{ weapon: 'Shahed-136/131', launched: 61, shot_down: 60 }];

let dir: string;
let databasePath: string;
let first: Server;
let second: Server;
let cookie: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-two-'));
  databasePath = path.join(dir, 'shared.db');
  // Both start on the same fresh file at once: migrations and the first editor must not trip each other.
  [first, second] = await Promise.all([
    startServer({ cwd: process.cwd(), databasePath, env: editor }),
    startServer({ cwd: process.cwd(), databasePath, env: editor }),
  ]);
  cookie = await signIn(first.baseUrl, editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD);
});

test.afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const put = (server: Server, date: string, body: object) =>
  fetch(`${server.baseUrl}/api/nights/${date}?target=UA`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

test('a night saved through one process is on every view of the other at once', async () => {
  const before = await warm(second.baseUrl, views('2019-05-04'));
  expect(before.night.status).toBe(404);
  expect((await put(first, '2019-05-04', { figures: FIGURES })).status).toBe(201);

  const after = await readAll(second.baseUrl, views('2019-05-04'));
  expect(after.night.status).toBe(200);
  expect(after.dashboard.text).toContain('href="/nights/2019-05-04"');
  expect(apiFigures(after.api.text)).toEqual(['2019-05-04 Shahed-136/131 61']);
  expect(after.csv.text).toContain('2019-05-04,UA,Shahed-136/131,drone,attack,61,60,,');
});

test('both processes give the same ETag for the same answer, and 304 to each other’s', async () => {
  for (const path of Object.values(views('2019-05-04'))) {
    const fromFirst = await read(first.baseUrl, path);
    const fromSecond = await read(second.baseUrl, path);
    expect(fromSecond.etag, path).toBe(fromFirst.etag);
    const revalidated = await fetch(`${second.baseUrl}${path}`, { headers: { 'if-none-match': fromFirst.etag ?? '' } });
    expect(revalidated.status, path).toBe(304);
  }
});

test('a backup restored into the live file while both run is what both serve next', async () => {
  const backup = path.join(dir, 'backup.db');
  const live = new Database(databasePath, { fileMustExist: true });
  await live.backup(backup);
  live.close();
  expect((await put(second, '2019-05-11', { figures: FIGURES })).status).toBe(201);
  await warm(first.baseUrl, views('2019-05-11'));
  await warm(second.baseUrl, views('2019-05-11'));

  // The online backup API, run the other way: the backup's pages replace the live file's.
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  await source.backup(databasePath);
  source.close();

  for (const server of [first, second]) {
    const after = await readAll(server.baseUrl, views('2019-05-11'));
    expect(after.night.status).toBe(404);
    expect(after.dashboard.text).not.toContain('href="/nights/2019-05-11"');
    expect(apiFigures(after.api.text)).toEqual(['2019-05-04 Shahed-136/131 61']);
    expect(after.csv.text).not.toContain('2019-05-11');
  }
});
