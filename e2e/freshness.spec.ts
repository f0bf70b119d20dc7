// No cached answer outlives a write: with every public view of a night already in the response cache,
// each kind of write (the form, the JSON API, the web import, the command-line import in another
// process, a delete) is followed at once, without waiting or retrying, by anonymous reads of the
// dashboard, the night page, /api/nights and /export.csv that all show it, with new ETags.
// Dates: 2020-03-01 to 2020-03-31 (this spec's partition, see e2e/README.md).
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { fillNewNight } from './editor-helpers';
import { editorStatePath } from './helpers';
import { apiFigures, commandLineImport, csvFile, exportLine, readAll, viewsOf, warm, webImport, type Read, type Views } from './cache-helpers';

const databasePath = path.join(process.env.E2E_DATA_DIR ?? '', 'e2e.db');
const FROM = '2020-03-01';
const TO = '2020-03-31';
const views = (date: string) => viewsOf(date, FROM, TO);

test.use({ storageState: editorStatePath });
test.describe.configure({ mode: 'serial' });

/** Every view's ETag changed (and so did the bare home page's): nothing answered from before the write. */
function expectNewTags(before: Record<keyof Views, Read>, after: Record<keyof Views, Read>) {
  for (const name of Object.keys(before) as (keyof Views)[]) expect(after[name].etag, `${name} has a new ETag`).not.toBe(before[name].etag);
}

test('a night entered through the form is on every public view at once', async ({ page, baseURL }) => {
  const before = await warm(baseURL, views('2020-03-05'));
  expect(before.night.status).toBe(404);
  const home = await warm(baseURL, { ...views('2020-03-05'), dashboard: '/' });

  await page.goto('/nights/new');
  await fillNewNight(page, { date: '2020-03-05', figures: [{ weapon: 'Shahed-136/131', launched: '913', shotDown: '900' }] });
  await page.getByRole('button', { name: 'Save night' }).click();
  await page.waitForURL((url) => url.pathname === '/nights/2020-03-05');

  const after = await readAll(baseURL, views('2020-03-05'));
  expectNewTags(before, after);
  expect(after.night.status).toBe(200);
  expect(after.night.text).toContain('913');
  expect(after.dashboard.text).toContain('href="/nights/2020-03-05"');
  expect(after.dashboard.text).toMatch(/>913</);
  expect(apiFigures(after.api.text)).toEqual(['2020-03-05 Shahed-136/131 913']);
  expect(after.csv.text).toContain('2020-03-05,UA,Shahed-136/131,drone,attack,913,900,,');
  expect((await readAll(baseURL, { ...views('2020-03-05'), dashboard: '/' })).dashboard.etag).not.toBe(home.dashboard.etag);
});

test('a night replaced through the JSON API is replaced on every public view at once', async ({ page, baseURL }) => {
  const before = await warm(baseURL, views('2020-03-05'));
  const replaced = await page.request.put('/api/nights/2020-03-05?target=UA', {
    data: { version: 1, figures: [{ weapon: 'Shahed-136/131', launched: 827, shot_down: 800 }] },
  });
  expect(replaced.status()).toBe(200);

  const after = await readAll(baseURL, views('2020-03-05'));
  expectNewTags(before, after);
  expect(after.dashboard.text).toMatch(/>827</);
  expect(after.dashboard.text).not.toMatch(/>913</);
  expect(after.night.text).toContain('827');
  expect(apiFigures(after.api.text)).toEqual(['2020-03-05 Shahed-136/131 827']);
  expect(after.csv.text).toContain('2020-03-05,UA,Shahed-136/131,drone,attack,827,800,,');
  expect(after.csv.text).not.toContain(',913,');
});

test('a night brought in by the web import is on every public view at once', async ({ page, baseURL }) => {
  const before = await warm(baseURL, views('2020-03-12'));
  await webImport(page.request, csvFile(exportLine('2020-03-12', 'Kalibr', 'missile', 'cruise', 7)));

  const after = await readAll(baseURL, views('2020-03-12'));
  expectNewTags(before, after);
  expect(after.night.status).toBe(200);
  expect(after.dashboard.text).toContain('href="/nights/2020-03-12"');
  expect(apiFigures(after.api.text)).toContain('2020-03-12 Kalibr 7');
  expect(after.csv.text).toContain('2020-03-12,UA,Kalibr,missile,cruise,7,,,');
});

test('a night imported on the command line, by another process, is on every public view at once', async ({ baseURL }) => {
  const before = await warm(baseURL, views('2020-03-19'));
  await commandLineImport(databasePath, csvFile(exportLine('2020-03-19', 'Iskander-M/KN-23', 'missile', 'ballistic', 4)));

  const after = await readAll(baseURL, views('2020-03-19'));
  expectNewTags(before, after);
  expect(after.night.status).toBe(200);
  expect(after.night.text).toContain('Iskander-M/KN-23');
  expect(after.dashboard.text).toContain('href="/nights/2020-03-19"');
  expect(apiFigures(after.api.text)).toContain('2020-03-19 Iskander-M/KN-23 4');
  expect(after.csv.text).toContain('2020-03-19,UA,Iskander-M/KN-23,missile,ballistic,4,,,');
});

test('a deleted night is gone from every public view at once', async ({ page, baseURL }) => {
  const before = await warm(baseURL, views('2020-03-05'));
  expect(before.night.status).toBe(200);
  const deleted = await page.request.delete('/api/nights/2020-03-05?target=UA&version=2');
  expect(deleted.status()).toBe(204);

  const after = await readAll(baseURL, views('2020-03-05'));
  expectNewTags(before, after);
  expect(after.night.status).toBe(404);
  expect(after.dashboard.text).not.toContain('href="/nights/2020-03-05"');
  expect(apiFigures(after.api.text).filter((row) => row.startsWith('2020-03-05'))).toEqual([]);
  expect(after.csv.text).not.toContain('2020-03-05,');
  // The other nights of the range are still there.
  expect(after.csv.text).toContain('2020-03-12,UA,Kalibr');
});
