// End-to-end tests: a production build served on a free port over a temporary database, driven by
// Debian's Chromium where it is installed (Playwright cannot download its own browsers here).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The config is evaluated again in every worker: choose ports and folders once, in the runner,
// and hand them down through the environment.
function freePort(): string {
  return execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
}
process.env.E2E_PORT ??= freePort();
process.env.E2E_FRESH_PORT ??= freePort();
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-e2e-'));
process.env.E2E_EDITOR_EMAIL ??= 'editor@example.org';
process.env.E2E_EDITOR_PASSWORD ??= `e2e-${Math.random().toString(36).slice(2)}-password`;

const port = process.env.E2E_PORT;
const freshPort = process.env.E2E_FRESH_PORT;
const dataDir = process.env.E2E_DATA_DIR;
export const databasePath = path.join(dataDir, 'e2e.db');
const baseURL = `http://127.0.0.1:${port}`;

const systemChromium = '/usr/bin/chromium';
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

// The production server (server/main.ts, bundled by `npm run build`): the response cache in front of
// Next. E2E_SKIP_BUILD=1 reuses the existing build while iterating on specs.
const build = process.env.E2E_SKIP_BUILD ? '' : 'npm run build && ';
const serve = (listenOn: string) => `node .next/air-tally-server.js --port ${listenOn}`;

const serverEnv = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  EDITOR_EMAIL: process.env.E2E_EDITOR_EMAIL,
  EDITOR_PASSWORD: process.env.E2E_EDITOR_PASSWORD,
};

// Specs that start servers of their own, on their own databases: they run beside the others.
const OWN_SERVER_SPECS = [
  'crash-safety.spec.ts',
  'early-refusal.spec.ts',
  'multi-process.spec.ts',
  'nginx.spec.ts',
  'session-cookies.spec.ts',
  'sign-in-rate-limit.spec.ts',
].map((file) => `**/${file}`);

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(dataDir, 'test-results'),
  fullyParallel: false,
  // Two at a time: the specs on the shared server one after another (they share one database and keep
  // to their own dates, see e2e/README.md), and beside them the specs that start servers of their own.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './e2e/setup/global-setup.ts',
  use: {
    baseURL,
    launchOptions,
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: OWN_SERVER_SPECS,
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'own servers',
      testMatch: OWN_SERVER_SPECS,
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: [
    {
      // The main server: built once, over a database prepared with the fixture nights.
      // No hostname: with one given, Next 16 resolves a middleware rewrite (next-intl's /en) as external.
      command: `${build}npx --no-install tsx e2e/setup/prepare-database.ts && ${serve(port)}`,
      url: `${baseURL}/login`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { ...serverEnv, DATABASE_PATH: databasePath, BETTER_AUTH_URL: baseURL },
    },
    {
      // A second server on an empty database, for what a new installation shows.
      command: serve(freshPort),
      url: `http://127.0.0.1:${freshPort}/login`,
      timeout: 120_000,
      reuseExistingServer: false,
      // Like a default installation: no BETTER_AUTH_URL.
      env: { ...serverEnv, DATABASE_PATH: path.join(dataDir, 'fresh.db') },
    },
  ],
});
