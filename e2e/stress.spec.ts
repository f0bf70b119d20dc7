// A short version of `npm run stress` against the e2e server: readers on `/` and `/export.csv` while
// editors save nights and an import runs; no reader or writer may see an error, and every acknowledged
// write must be in the database whole. Dates: 2021 (this spec's own partition).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { importDuring } from '../scripts/stress/import-during';
import { formatStressReport, nightsCountingBack, runStress } from '../scripts/stress/run-stress';
import { editorStatePath } from './helpers';

test('readers, editors and an import at once: no errors, every write present', async ({ baseURL }) => {
  test.setTimeout(120_000);
  if (!baseURL) throw new Error('baseURL is not set');
  const state = JSON.parse(fs.readFileSync(editorStatePath, 'utf8')) as { cookies: { name: string; value: string }[] };
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const databasePath = path.join(process.env.E2E_DATA_DIR ?? '', 'e2e.db');

  const report = await runStress({
    baseURL,
    cookie,
    databasePath,
    seconds: 6,
    readers: { dashboard: 16, exports: 4 },
    writers: 3,
    nextNight: nightsCountingBack('2021-12-31', 100),
    during: () => importDuring({ baseURL, cookie, databasePath, firstDate: '2021-01-01', nights: 100 }),
  });
  console.log(formatStressReport(report));

  for (const reader of report.readers) {
    expect(reader.requests, reader.url).toBeGreaterThan(0);
    expect({ url: reader.url, non2xx: reader.non2xx, errors: reader.errors, timeouts: reader.timeouts }).toEqual({
      url: reader.url,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
  }
  expect(report.writes.failed).toEqual([]);
  expect(report.writes.acknowledged).toBeGreaterThan(0);
  expect(report.verified).toEqual({ present: report.writes.acknowledged, missing: [], partial: [] });
  expect(report.busyErrors).toBe(0);
  expect(report.during).toMatchObject({ ok: true });
});
