// Finding 4 of issue 15: without TRUSTED_IP_HEADER every client shared one sign-in bucket, so any five
// attempts (wrong addresses, bad JSON) made the editor's right password answer 429 for a minute. Now
// the limits are per account, per known device and per trusted client (lib/sign-in-limit.ts): attempts
// elsewhere never lock an editor out; guessing one account's password is slowed down, except at the
// editor's own browser; every request that checks a password counts, verify-password included.
// On a server of its own (a default install: no trusted proxy header), so its counts cannot disturb the
// other specs' sign-ins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { startServer, type Server } from '../scripts/bench/server';

const editor = { EDITOR_EMAIL: 'limit@example.org', EDITOR_PASSWORD: 'rate-limit-password' };
let server: Server;
let dir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-limit-'));
  server = await startServer({ cwd: process.cwd(), databasePath: path.join(dir, 'limit.db'), env: editor });
});

test.afterAll(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One sign-in attempt from a client with no cookies: its status and Retry-After. */
async function attempt(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl, ...headers },
    body,
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), cookies: response.headers.getSetCookie() };
}
const credentials = (email: string, password: string) => JSON.stringify({ email, password });

async function signInWithForm(context: BrowserContext, password: string) {
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/login`);
  // Typed once the page is interactive, as a person would (data-interactive: app/components/use-hydrated.ts).
  await page.locator('form[data-interactive]').waitFor({ state: 'attached' });
  await page.getByLabel('Email').fill(editor.EDITOR_EMAIL);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

let knownBrowser: BrowserContext;

test("the editor's browser signs in once, and is remembered as a known device", async ({ browser }) => {
  knownBrowser = await browser.newContext();
  const page = await signInWithForm(knownBrowser, editor.EDITOR_PASSWORD);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // Asked for by name, not by URL: the cookie is only for /api/auth, so the site's root would not list it.
  const device = (await knownBrowser.cookies()).find((cookie) => cookie.name === 'air-tally.known-device');
  expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
});

test('a flood of attempts on other addresses and malformed ones never locks the editor out', async () => {
  test.setTimeout(120_000);
  const statuses = new Map<number, number>();
  const junk: ((i: number) => string)[] = [
    (i) => credentials(`stranger${i}@example.org`, 'wrong-password'),
    () => '{bad json',
    () => JSON.stringify({ email: 'not an address', password: 'x' }),
    () => JSON.stringify({ password: 'no address at all' }),
    () => '',
  ];
  for (let i = 0; i < 100; i += 1) {
    const body = junk[i % junk.length]?.(i) ?? '';
    const { status } = await attempt(body);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  // Strangers' addresses ran out of their shared allowance…
  expect(statuses.get(429) ?? 0).toBeGreaterThan(0);
  // …and the editor, from a client the server has never seen, still gets in with the right password.
  const right = await attempt(credentials(editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD));
  expect(right.status).toBe(200);
});

test("guessing the editor's password is slowed down after five failures, the right password included", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 5; i += 1) statuses.push((await attempt(credentials(editor.EDITOR_EMAIL, `wrong-${i}`))).status);
  expect(statuses).toEqual([401, 401, 401, 401, 401]);
  const sixth = await attempt(credentials(editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD));
  expect(sixth.status).toBe(429);
  expect(Number(sixth.retryAfter)).toBeGreaterThanOrEqual(25);
  // Spelling the address differently is the same account.
  expect((await attempt(credentials(editor.EDITOR_EMAIL.toUpperCase(), editor.EDITOR_PASSWORD))).status).toBe(429);
});

test('a browser that never signed in here is told how long to wait', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await signInWithForm(context, editor.EDITOR_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: /Too many attempts\. Try again in \d+ seconds\./ })).toBeVisible();
  await context.close();
});

test("the editor's own browser still signs in while the address is being guessed", async () => {
  // The session has ended (every cookie but the known-device one is gone), the device is remembered.
  await knownBrowser.clearCookies({ name: /^(?!air-tally\.known-device$)/ });
  const page = await signInWithForm(knownBrowser, editor.EDITOR_PASSWORD);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('verify-password counts against the same account: slowed without the known device, counted per device with it', async () => {
  const state = await knownBrowser.storageState();
  const all = state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const session = state.cookies.filter((cookie) => cookie.name !== 'air-tally.known-device').map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const verify = async (cookie: string, password: string) =>
    (
      await fetch(`${server.baseUrl}/api/auth/verify-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.baseUrl, cookie },
        body: JSON.stringify({ password }),
      })
    ).status;
  // The session alone counts against the account, which the guesses above already slowed: within six
  // wrong passwords it must wait (however much of its wait has passed meanwhile), right password included.
  const alone: number[] = [];
  while (alone.length < 6 && alone.at(-1) !== 429) alone.push(await verify(session, 'wrong-again'));
  expect(alone.at(-1)).toBe(429);
  expect(await verify(session, editor.EDITOR_PASSWORD)).toBe(429);
  // From the known device: its own count, five failures free, then a wait.
  const statuses: number[] = [];
  for (let i = 0; i < 5; i += 1) statuses.push(await verify(all, `wrong-${i}`));
  expect(statuses).toEqual([400, 400, 400, 400, 400]);
  expect(await verify(all, editor.EDITOR_PASSWORD)).toBe(429);
  await knownBrowser.close();
});
