// `npm run import -- FILE [--dry-run]`: imports a CSV file (Air Tally's export or the public dataset's
// missile_attacks_daily.csv) into the database at DATABASE_PATH, in one transaction, printing the same
// report as the /import page. Progress goes to stderr for large files.
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/db/client';
import { runImport } from '@/db/writes/run-import';
import { decodeUtf8 } from '@/lib/import/decode';
import { formatReportText } from '@/lib/import/report';

const LARGE_FILE_BYTES = 2 * 1024 * 1024;
const ACTOR = { userId: null, label: 'import (command line)' };

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const files = args.filter((arg) => arg !== '--dry-run');
  const file = files[0];
  if (files.length !== 1 || !file || args.some((arg) => arg.startsWith('--') && arg !== '--dry-run')) {
    console.error('Usage: npm run import -- FILE [--dry-run]');
    process.exit(2);
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    console.error(`No such file: ${file}`);
    process.exit(2);
  }
  const started = performance.now();
  const large = fs.statSync(file).size > LARGE_FILE_BYTES;
  const progress = (text: string) => {
    if (large) process.stderr.write(`${text}\n`);
  };
  const db = getDb();
  const { report } = await runImport(db, {
    source: decodeUtf8(fs.createReadStream(file)),
    fileName: path.basename(file),
    mode: dryRun ? 'preview' : 'apply',
    actor: ACTOR,
    progressEvery: 50_000,
    onRows: (rows) => progress(`…read ${rows.toLocaleString('en-GB')} rows`),
    onNightsWritten: (done, total) => progress(`…wrote ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} nights`),
  });
  console.log(formatReportText(report));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(dryRun && report.status !== 'refused' ? `Dry run: nothing written (${seconds} s).` : `Done in ${seconds} s.`);
  db.$client.close();
  process.exit(report.status === 'refused' ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error('The import failed; nothing was written.');
  console.error(error);
  process.exit(1);
});
