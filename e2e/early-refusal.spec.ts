// Finding 5 of issue 15: Next read up to 21 MB of any request into memory before a route ran, so that
// proxy.ts could read it too. An anonymous, stalled upload to /api/import waited for its last byte (308 s)
// instead of an early 401, and 80 anonymous 20 MB POSTs to /api/health raised the server's memory for
// good. Now API requests with a body skip the proxy, and the request guard answers before the body is
// read. On a server of its own, so that its memory is measured alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type Server } from '../scripts/bench/server';
import { signIn } from '../scripts/stress/sign-in';
import { postWhole, residentMegabytes, stalledUpload } from './request-streams';

const MB = 1024 * 1024;
const editor = { EDITOR_EMAIL: 'uploads@example.org', EDITOR_PASSWORD: 'early-refusal-password' };
let server: Server;
let dir: string;
let cookie: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-uploads-'));
  server = await startServer({ cwd: process.cwd(), databasePath: path.join(dir, 'uploads.db'), env: editor });
  cookie = await signIn(server.baseUrl, editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD);
});

test.afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const csv = { 'content-type': 'text/csv' };

test('an anonymous upload that stalls after 1 MB of 20 gets its 401 at once', async () => {
  const answer = await stalledUpload(`${server.baseUrl}/api/import?mode=preview`, { declaredBytes: 20 * MB, sentBytes: MB, headers: csv });
  expect(answer.status).toBe(401);
  expect(answer.ms).toBeLessThan(3_000);
});

test("an upload from another port of the same host, with the editor's cookie, gets its 403 at once", async () => {
  const otherPort = `http://127.0.0.1:${server.port + 1}`;
  const answer = await stalledUpload(`${server.baseUrl}/api/import?mode=preview`, {
    declaredBytes: 20 * MB,
    sentBytes: MB,
    headers: { ...csv, cookie, origin: otherPort },
  });
  expect(answer.status).toBe(403);
  expect(answer.ms).toBeLessThan(3_000);
});

test("the editor's upload declared larger than 20 MB gets its 413 before a byte is sent", async () => {
  const answer = await stalledUpload(`${server.baseUrl}/api/import?mode=preview`, { declaredBytes: 25 * MB, sentBytes: 0, headers: { ...csv, cookie } });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.text)).toEqual({ error: expect.stringMatching(/larger than 20 MB/) });
  expect(answer.ms).toBeLessThan(3_000);
});

test("the editor's JSON write declared larger than its limit gets its 413 before a byte is sent", async () => {
  const answer = await stalledUpload(`${server.baseUrl}/api/nights/2021-01-01`, {
    method: 'PUT',
    declaredBytes: 5 * MB,
    sentBytes: 0,
    headers: { 'content-type': 'application/json', cookie },
  });
  expect(answer.status).toBe(413);
  expect(answer.ms).toBeLessThan(3_000);
});

test("a sign-in that stalls is refused by its size before it is read", async () => {
  const answer = await stalledUpload(`${server.baseUrl}/api/auth/sign-in/email`, {
    declaredBytes: 20 * MB,
    sentBytes: MB,
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
  });
  expect(answer.status).toBe(413);
  expect(answer.ms).toBeLessThan(3_000);
});

test("eighty anonymous 20 MB POSTs leave the server's memory where it was", async () => {
  test.setTimeout(180_000);
  const body = Buffer.alloc(20 * MB, 0x61);
  const targets = ['/api/health', '/api/import?mode=preview', '/api/nights/2021-01-01', '/api/auth/sign-in/email'];
  // Every route loaded once, so that what follows measures requests, not code.
  for (const target of targets) await postWhole(`${server.baseUrl}${target}`, Buffer.from('x'), csv);
  const before = residentMegabytes(server.servingPid);
  let peak = before;
  const statuses = new Map<string, number>();
  for (let round = 0; round < 8; round += 1) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const target = targets[i % targets.length] ?? '/api/health';
        return postWhole(`${server.baseUrl}${target}`, body, csv).then((status) => `${target} ${status}`);
      }),
    );
    for (const answer of answers) statuses.set(answer, (statuses.get(answer) ?? 0) + 1);
    peak = Math.max(peak, residentMegabytes(server.servingPid));
  }
  const after = residentMegabytes(server.servingPid);
  console.log(`RSS ${before.toFixed(0)} MB → peak ${peak.toFixed(0)} MB → ${after.toFixed(0)} MB; answers ${JSON.stringify([...statuses])}`);
  // Each was refused without its body: 405 (no POST there), 401 (anonymous), 415 (sign-in takes JSON).
  for (const answer of statuses.keys()) expect(answer).toMatch(/ (405|401|413|415|null)$/);
  // Before the fix the same run left about 250 MB more behind (80 bodies buffered up to 21 MB each).
  expect(peak - before).toBeLessThan(64);
  expect(after - before).toBeLessThan(64);
});
