// Session cookies: HTTP-only and SameSite everywhere; Secure (with the __Secure- prefix) when the app is
// configured with an https public URL, and not on a plain-http install, where browsers would drop them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../scripts/bench/server';
import { freshServerURL } from './helpers';

const editor = { EDITOR_EMAIL: 'cookies@example.org', EDITOR_PASSWORD: 'cookie-test-password' };

async function signInCookies(baseURL: string, origin: string, email: string, password: string) {
  const response = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.headers.getSetCookie().filter((cookie) => /session_token=/.test(cookie));
}

test('on a plain-http install the session cookie is HTTP-only and SameSite, not Secure', async () => {
  const [cookie] = await signInCookies(
    freshServerURL,
    freshServerURL,
    process.env.E2E_EDITOR_EMAIL ?? '',
    process.env.E2E_EDITOR_PASSWORD ?? '',
  );
  expect(cookie).toMatch(/^better-auth\.session_token=/);
  expect(cookie).toMatch(/; HttpOnly/i);
  expect(cookie).toMatch(/; SameSite=Lax/i);
  expect(cookie).not.toMatch(/; Secure/i);
});

test('behind https (BETTER_AUTH_URL=https://…) the session cookie is Secure with the __Secure- prefix', async () => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-cookies-'));
  const publicURL = 'https://tally.example.org';
  const server = await startServer({
    cwd: process.cwd(),
    databasePath: path.join(dir, 'cookies.db'),
    env: { ...editor, BETTER_AUTH_URL: publicURL },
  });
  try {
    const [cookie] = await signInCookies(server.baseUrl, publicURL, editor.EDITOR_EMAIL, editor.EDITOR_PASSWORD);
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    // A page on another site cannot sign in on an editor's behalf.
    const foreign = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: editor.EDITOR_EMAIL, password: editor.EDITOR_PASSWORD }),
    });
    expect(foreign.status).toBe(403);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
