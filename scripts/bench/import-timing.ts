// Times the importer CLI (`npm run import -- FILE`) on the whole public dataset, into a fresh database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { trackChild } from './processes';

export const PUBLIC_DATASET = '/work/shared/data/missile_attacks_daily.csv';

export type ImportTiming =
  | { state: 'absent'; reason: string }
  | { state: 'ran'; exitCode: number | null; ms: number; nights: number | null; figures: number | null; tail: string };

function counts(file: string): { nights: number | null; figures: number | null } {
  if (!fs.existsSync(file)) return { nights: null, figures: null };
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    return { nights: count('nights'), figures: count('figures') };
  } catch {
    return { nights: null, figures: null };
  } finally {
    sqlite.close();
  }
}

export async function timeImport(options: { root: string; csv: string; workDir: string; extraArgs: string[] }): Promise<ImportTiming> {
  if (!fs.existsSync(path.join(options.root, 'scripts', 'import.ts'))) return { state: 'absent', reason: 'importer not present' };
  if (!fs.existsSync(options.csv)) return { state: 'absent', reason: `${options.csv} not present` };
  const databasePath = path.join(options.workDir, 'import.db');
  const env = { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  return new Promise((resolve) => {
    // `npm run import` as a user would run it; straight through tsx when package.json has no such script yet.
    const pkg: unknown = JSON.parse(fs.readFileSync(path.join(options.root, 'package.json'), 'utf8'));
    const hasScript = typeof pkg === 'object' && pkg !== null && 'scripts' in pkg && JSON.stringify(pkg.scripts).includes('"import"');
    const [command, ...args] = hasScript
      ? ['npm', 'run', '--silent', 'import', '--', options.csv, ...options.extraArgs]
      : [path.join(options.root, 'node_modules', '.bin', 'tsx'), path.join('scripts', 'import.ts'), options.csv, ...options.extraArgs];
    const child = spawn(command as string, args, {
      cwd: options.root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('close', (code) => {
      const ms = performance.now() - started;
      const tail = output.trim().split('\n').slice(-3).join(' / ').slice(0, 300);
      resolve({ state: 'ran', exitCode: code, ms, ...counts(databasePath), tail });
    });
  });
}
