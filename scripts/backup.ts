// `npm run db:backup -- FILE`: a consistent copy of the live database through SQLite's online backup
// API, safe while the app is running and writing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '@/db/client';

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: npm run db:backup -- FILE');
    process.exit(2);
  }
  const source = databasePath();
  if (!fs.existsSync(source)) {
    console.error(`No database at ${source} (set DATABASE_PATH).`);
    process.exit(1);
  }
  if (fs.existsSync(target)) {
    console.error(`${target} already exists: choose a new file name so no backup is overwritten.`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  try {
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        if (totalPages > 10_000) process.stderr.write(`\r${totalPages - remainingPages}/${totalPages} pages`);
        return 1000;
      },
    });
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  const check = copy.pragma('integrity_check', { simple: true });
  const nights = (copy.prepare('select count(*) as n from nights').get() as { n: number }).n;
  copy.close();
  if (check !== 'ok') throw new Error(`The copy failed its integrity check: ${String(check)}`);
  console.log(`Backed up ${source} to ${target} (${nights} nights, integrity ok).`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
