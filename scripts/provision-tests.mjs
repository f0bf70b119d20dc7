#!/usr/bin/env node
// Makes sure this machine can run the end-to-end tests before `npm test` starts them, saying what it
// does: Debian's Chromium where apt-get can install it (Playwright cannot download browsers on our build
// machines), otherwise Playwright's own Chromium; and Debian's nginx, which e2e/nginx.spec.ts runs in
// front of the app. Plain Node, no dependencies: it runs before anything
// else is known to work.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NGINX = '/usr/sbin/nginx';

function say(message) {
  console.log(`[provision] ${message}`);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Root can install directly; otherwise only a sudo that needs no password (no one is there to type it). */
function aptGetPrefix() {
  if (!commandExists('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  if (commandExists('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return null;
}

function aptInstall(packages) {
  const prefix = aptGetPrefix();
  if (!prefix) return false;
  const [command, ...rest] = [...prefix, 'apt-get'];
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  say(`installing Debian packages: ${packages.join(', ')} (apt-get)`);
  return run(command, [...rest, 'update', '-qq'], env) && run(command, [...rest, 'install', '-y', '-qq', ...packages], env);
}

function playwrightHasChromium() {
  try {
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
    });
    return out !== '' && fs.existsSync(out);
  } catch {
    return false;
  }
}

function ensureChromium() {
  if (fs.existsSync(SYSTEM_CHROMIUM)) {
    say(`browser: Debian's Chromium at ${SYSTEM_CHROMIUM}`);
    return true;
  }
  if (aptInstall(['chromium']) && fs.existsSync(SYSTEM_CHROMIUM)) {
    say(`browser: installed Debian's Chromium at ${SYSTEM_CHROMIUM}`);
    return true;
  }
  if (playwrightHasChromium()) {
    say("browser: Playwright's own Chromium, already downloaded");
    return true;
  }
  say("browser: no Debian Chromium and apt-get is not usable here; downloading Playwright's Chromium (npx playwright install chromium)");
  if (run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'])) return true;
  console.error(
    '[provision] No Chromium for the end-to-end tests. Install one and run npm test again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install --with-deps chromium',
  );
  return false;
}

function ensureNginx() {
  if (fs.existsSync(NGINX)) {
    say(`reverse proxy: Debian's nginx at ${NGINX}`);
    return true;
  }
  if (aptInstall(['nginx']) && fs.existsSync(NGINX)) {
    say(`reverse proxy: installed Debian's nginx at ${NGINX}`);
    return true;
  }
  console.error(
    '[provision] No nginx for e2e/nginx.spec.ts (the app behind a caching reverse proxy). Install it and run npm test again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y nginx',
  );
  return false;
}

if (!ensureChromium() || !ensureNginx()) process.exit(1);
