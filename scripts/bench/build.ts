// `npm run build` (Next's build and the server bundle) before measuring, unless the existing build is
// newer than every source file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { trackChild } from './processes';

const SOURCES = ['app', 'db', 'lib', 'components', 'drizzle', 'public', 'server', 'i18n', 'messages', 'instrumentation.ts', 'proxy.ts', 'next.config.js', 'package.json', 'tsconfig.json', 'scripts/build-server.mjs'];
const SERVER_BUNDLE = path.join('.next', 'air-tally-server.js');

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Whether .next holds a complete build made after the last change to the sources. */
export function buildIsFresh(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const bundle = path.join(root, SERVER_BUNDLE);
  if (!fs.existsSync(buildId) || !fs.existsSync(bundle)) return false;
  const built = Math.min(fs.statSync(buildId).mtimeMs, fs.statSync(bundle).mtimeMs);
  return SOURCES.every((entry) => newestMtime(path.join(root, entry)) <= built);
}

export function hasBuild(root: string): boolean {
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(path.join(root, SERVER_BUNDLE));
}

export function runBuild(root: string, databasePath: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // The build may import server modules: point them at a throwaway database, never the real one.
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', DATABASE_PATH: databasePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`npm run build failed (${code}):\n${output}`)),
    );
  });
}
