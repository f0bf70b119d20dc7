// nginx from Debian in front of the app, configured by deploy/nginx/air-tally.conf (the file the README
// shows): nginx stores public answers and revalidates them on every request, so after a burst of
// readers and a write, the next read through nginx is already the new answer. Needs nginx installed
// (.ci/run installs it); without it this spec fails and says so, rather than passing unexamined.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startServer, type Server } from '../scripts/bench/server';
import { signIn } from '../scripts/stress/sign-in';
import { apiFigures, readAll, viewsOf } from './cache-helpers';

const NGINX = '/usr/sbin/nginx';
const editor = { EDITOR_EMAIL: 'nginx@example.org', EDITOR_PASSWORD: 'behind-nginx-password' };
const views = viewsOf('2018-07-07', '2018-07-01', '2018-07-31');

let dir: string;
let app: Server;
let nginx: ChildProcess;
let front: string;
let cookie: string;

test.describe.configure({ mode: 'serial' });

/** The README's nginx site, pointed at this test's ports and folders, inside a minimal nginx.conf. */
function nginxConfig(appPort: number, port: number): string {
  const site = fs
    .readFileSync(path.join(process.cwd(), 'deploy', 'nginx', 'air-tally.conf'), 'utf8')
    .replace('/var/cache/nginx/air-tally', path.join(dir, 'cache'))
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, `${name}-temp`)};`;
  return [
    'worker_processes 1;',
    'daemon off;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 512; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    `  include ${path.join(dir, 'site.conf')};`,
    '}',
  ].join('\n');
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is required for this spec: apt-get install -y nginx (${NGINX} not found)`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-nginx-'));
  // nginx's workers may run as another user (nobody when started as root): let them in.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'cache'), { mode: 0o777 });
  fs.chmodSync(path.join(dir, 'cache'), 0o777);
  app = await startServer({ cwd: process.cwd(), databasePath: path.join(dir, 'app.db'), env: editor });
  cookie = await signIn(app.baseUrl, editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(app.port, port));
  nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  front = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await fetch(`${front}/api/health`).catch(() => null))?.status ?? `nginx not answering: ${output}`, { timeout: 20_000 })
    .toBe(200);
});

test.afterAll(async () => {
  nginx?.kill('SIGTERM');
  await app?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('nginx serves a burst of readers from its cache, and the next read after a write is fresh', async () => {
  const night = (launched: number) => ({ figures: [{ weapon: 'Shahed-136/131', launched, shot_down: 1 }] });
  const save = (body: object) =>
    fetch(`${front}/api/nights/2018-07-07?target=UA`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  expect((await save(night(401))).status).toBe(201);

  // A burst: 20 readers at once, 10 rounds, on every public view.
  const statuses = new Map<string, number>();
  for (let round = 0; round < 10; round += 1) {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fetch(`${front}${Object.values(views)[i % 4]}`).then(async (response) => {
        await response.arrayBuffer();
        return `${response.status} ${response.headers.get('x-cache-status')}`;
      })),
    );
    for (const answer of answers) statuses.set(answer, (statuses.get(answer) ?? 0) + 1);
  }
  expect([...statuses.keys()].every((answer) => answer.startsWith('200 '))).toBe(true);
  // nginx answered from what it stored, after asking the app whether it changed (a 304).
  expect(statuses.get('200 REVALIDATED') ?? 0).toBeGreaterThan(100);

  const before = await readAll(front, views);
  expect(before.night.text).toContain('401');
  expect((await save({ ...night(402), version: 1 })).status).toBe(200);
  const after = await readAll(front, views);
  expect(after.night.text).toContain('402');
  expect(after.dashboard.text).toMatch(/>402</);
  expect(apiFigures(after.api.text)).toEqual(['2018-07-07 Shahed-136/131 402']);
  expect(after.csv.text).toContain('2018-07-07,UA,Shahed-136/131,drone,attack,402,1,,');
  for (const name of Object.keys(views) as (keyof typeof views)[]) expect(after[name].etag).not.toBe(before[name].etag);
});

test('the largest stored headers (a page naming many script hashes) pass through nginx', async () => {
  const response = await fetch(`${front}/?from=2000-01-01&to=2030-12-31`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toMatch(/'sha256-/);
});

test('an editor behind nginx is never answered from nginx’s cache', async () => {
  await fetch(`${front}/?from=2018-07-01&to=2018-07-31`);
  const response = await fetch(`${front}/?from=2018-07-01&to=2018-07-31`, { headers: { cookie } });
  expect(response.headers.get('x-cache-status')).toBe('BYPASS');
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  expect(await response.text()).toContain(editor.EDITOR_EMAIL);
});
