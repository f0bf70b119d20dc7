// Failed sign-ins are rate-limited (5 a minute): password guessing gets a 429, and the form says so.
// On a server of its own, so its counter cannot disturb the other specs' sign-ins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type Server } from '../scripts/bench/server';

const editor = { EDITOR_EMAIL: 'limit@example.org', EDITOR_PASSWORD: 'rate-limit-password' };
let server: Server;
let dir: string;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-limit-'));
  server = await startServer({ cwd: process.cwd(), databasePath: path.join(dir, 'limit.db'), env: editor });
});

test.afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('guessing passwords is stopped after five attempts a minute', async ({ page }) => {
  test.setTimeout(90_000);
  const attempt = (password: string) =>
    fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.baseUrl },
      body: JSON.stringify({ email: editor.EDITOR_EMAIL, password }),
    }).then((response) => response.status);

  const statuses: number[] = [];
  for (let i = 0; i < 5; i += 1) statuses.push(await attempt(`wrong-${i}`));
  expect(statuses).toEqual([401, 401, 401, 401, 401]);
  // The sixth is refused before the password is even checked, the right one included.
  expect(await attempt(editor.EDITOR_PASSWORD)).toBe(429);

  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('Email').fill(editor.EDITOR_EMAIL);
  await page.getByLabel('Password').fill(editor.EDITOR_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Too many attempts' })).toBeVisible();
});
