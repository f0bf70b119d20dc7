import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { nights } from '@/db/schema';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('npm run db:backup', () => {
  it('copies a database that has an open writer, consistently, and refuses to overwrite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-backup-'));
    const source = path.join(dir, 'live.db');
    const db = openDatabase(source);
    db.insert(nights).values({ date: '2025-04-26', target: 'UA' }).run();
    // Uncheckpointed WAL content must be in the copy too.
    db.insert(nights).values({ date: '2025-04-27', target: 'UA' }).run();

    const target = path.join(dir, 'copy.db');
    const env = { ...process.env, DATABASE_PATH: source };
    const output = execFileSync(tsx, ['scripts/backup.ts', target], { env, encoding: 'utf8' });
    expect(output).toMatch(/2 nights, integrity ok/);

    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('select date from nights order by date').all()).toEqual([
      { date: '2025-04-26' },
      { date: '2025-04-27' },
    ]);
    copy.close();

    expect(() => execFileSync(tsx, ['scripts/backup.ts', target], { env, stdio: 'pipe' })).toThrow(/already exists/);
    db.$client.close();
  });
});
