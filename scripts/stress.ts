// `npm run stress [-- --seconds 30 --readers 100 --writers 4]`: builds if needed, starts the production
// server on a temporary database, and runs readers and writers at once (see stress/run-stress.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIsFresh, runBuild } from './bench/build';
import { installCleanup, killEverything } from './bench/processes';
import { startServer } from './bench/server';
import { formatStressReport, nightsCountingBack, runStress, stressPassed } from './stress/run-stress';
import { importDuring } from './stress/import-during';
import { signIn } from './stress/sign-in';

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      readers: { type: 'string', default: '100' },
      writers: { type: 'string', default: '4' },
    },
  });
  const seconds = Number(values.seconds);
  const readers = Number(values.readers);
  const writers = Number(values.writers);
  if (![seconds, readers, writers].every((n) => Number.isInteger(n) && n > 0) || seconds > 600) {
    throw new Error('--seconds (1–600), --readers and --writers take whole numbers above 0');
  }
  installCleanup(() => killEverything());
  const root = process.cwd();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-stress-'));
  const databasePath = path.join(dir, 'stress.db');
  if (!buildIsFresh(root)) {
    console.error('Building…');
    await runBuild(root, path.join(dir, 'build.db'));
  }

  // The editor is created in the database before the server starts (as `npm run editor` would).
  process.env.DATABASE_PATH = databasePath;
  const email = 'stress@example.org';
  const password = crypto.randomBytes(18).toString('base64url');
  const { addEditor } = await import('@/db/writes/editors');
  await addEditor(email, password);

  const server = await startServer({ cwd: root, databasePath });
  try {
    const cookie = await signIn(server.baseUrl, email, password);
    console.error(`Running ${seconds} s: ${readers} readers, ${writers} writers on ${server.baseUrl}`);
    const report = await runStress({
      baseURL: server.baseUrl,
      cookie,
      databasePath,
      seconds,
      readers: { dashboard: Math.ceil(readers * 0.8), exports: Math.max(1, Math.floor(readers * 0.2)) },
      writers,
      nextNight: nightsCountingBack('2020-12-31', 20_000),
      during: () => importDuring({ baseURL: server.baseUrl, cookie, databasePath, firstDate: '1990-01-01', nights: 2_000 }),
    });
    console.log(formatStressReport(report));
    if (!stressPassed(report)) {
      console.error('Stress test FAILED', JSON.stringify(report.writes.failed.slice(0, 5)));
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  killEverything();
  process.exit(1);
});
