// No secret in the client bundles or in the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

test('the session secret and the editor password appear in no client bundle', () => {
  const secret = fs.readFileSync(path.join(process.env.E2E_DATA_DIR ?? '', '.auth-secret'), 'utf8').trim();
  expect(secret.length).toBeGreaterThanOrEqual(32);
  const password = process.env.E2E_EDITOR_PASSWORD ?? '';
  const bundles = filesUnder(path.join(process.cwd(), '.next', 'static'));
  expect(bundles.length).toBeGreaterThan(0);
  for (const file of bundles) {
    const text = fs.readFileSync(file, 'latin1');
    expect(text.includes(secret), file).toBe(false);
    expect(text.includes(password), file).toBe(false);
    expect(/BETTER_AUTH_SECRET|EDITOR_PASSWORD|DATABASE_PATH/.test(text), file).toBe(false);
  }
});

test('the repository tracks no database, secret or environment file', () => {
  const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
  const forbidden = tracked.filter((file) => /(^|\/)(\.auth-secret|\.env(\..*)?)$|\.db(-wal|-shm)?$/.test(file));
  expect(forbidden).toEqual([]);
});
