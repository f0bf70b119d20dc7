// Import and export (dates 2023-01-01 to 2023-12-31 only: see e2e/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { enterNight } from './editor-helpers';
import { editorStatePath, readDatabase } from './helpers';

const FIXTURE = path.join(__dirname, 'fixtures', 'import', 'missile-attacks-2023-07.csv');
const HEADER = 'date,target,weapon,category,class,launched,shot_down,lost,source_url';

/** Launches per night computed from the fixture itself: national rows, by the date part of time_end. */
function expectedLaunches(): Map<string, number> {
  const rows: Record<string, string>[] = parse(fs.readFileSync(FIXTURE), { columns: true });
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!row.source?.startsWith('kpszsu/')) continue;
    const date = row.time_end?.slice(0, 10) ?? '';
    totals.set(date, (totals.get(date) ?? 0) + Number(row.launched));
  }
  return totals;
}

function storedLaunches(from: string, to: string): Map<string, number> {
  const db = readDatabase();
  try {
    const rows = db
      .prepare<[string, string], { date: string; launched: number }>(
        `select n.date, sum(f.launched) as launched from nights n join figures f on f.night_id = n.id
         where n.target = 'UA' and n.date between ? and ? group by n.date order by n.date`,
      )
      .all(from, to);
    return new Map(rows.map((row) => [row.date, row.launched]));
  } finally {
    db.close();
  }
}

test.describe('without a session', () => {
  test('the import page sends visitors to sign in, and the import endpoint writes nothing', async ({ page, request }) => {
    await page.goto('/import');
    await expect(page).toHaveURL(/\/login\?next=%2Fimport/);

    const file = `${HEADER}\r\n2023-10-01,UA,Kalibr,missile,cruise,5,4,,\r\n`;
    for (const mode of ['preview', 'apply&digest=anything']) {
      const response = await request.post(`/api/import?mode=${mode}`, { data: file, headers: { 'content-type': 'text/csv' } });
      expect(response.status()).toBe(401);
    }
    expect(storedLaunches('2023-10-01', '2023-10-01').size).toBe(0);
  });
});

test.describe('an editor', () => {
  test.use({ storageState: editorStatePath });

  test('uploads the public dataset, sees the preview, imports, and finds the nights on the dashboard', async ({ page }) => {
    const expected = expectedLaunches();
    const dates = [...expected.keys()].sort();
    const lancetExists = (() => {
      const db = readDatabase();
      try {
        return db.prepare("select count(*) as n from weapons where name = 'Lancet'").pluck().get() !== 0;
      } finally {
        db.close();
      }
    })();

    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Preview import' }).click();

    await expect(page.getByText('Ready to import.')).toBeVisible();
    const stat = (label: string) => page.locator('dl div', { hasText: label }).locator('dd');
    await expect(stat('Nights to create')).toHaveText(String(expected.size));
    await expect(stat('Nights to change')).toHaveText('0');
    await expect(page.getByRole('cell', { name: /a regional command's report/ })).toBeVisible();
    if (!lancetExists) await expect(page.getByRole('cell', { name: 'Lancet', exact: true })).toBeVisible();
    expect(storedLaunches('2023-07-01', '2023-07-31').size).toBe(0);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Imported: ${expected.size} nights created, 0 changed` })).toBeVisible();
    expect(storedLaunches('2023-07-01', '2023-07-31')).toEqual(expected);

    await page.goto('/?from=2023-07-01&to=2023-07-31');
    for (const date of dates.slice(-3)) {
      await expect(page.getByRole('link', { name: date, exact: true })).toBeVisible();
    }

    // The same file again: nothing to do.
    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByText('Nothing to import: every night in the file is already stored')).toBeVisible();
    await expect(stat('Nights to create')).toHaveText('0');
    await expect(stat('Nights to change')).toHaveText('0');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  });

  test('a night entered through the form is replaced by the dataset, and the preview lists what it removes', async ({ page }) => {
    // SPEC §5's night, entered as unknown drones and missiles, then imported as the dataset names it.
    const date = '2023-09-10';
    await enterNight(page, {
      date,
      sourceName: 'Air Force of Ukraine',
      notes: 'Entered by hand from the news report.',
      figures: [
        { weapon: 'Unknown drone', launched: '114', shotDown: '66', lost: '31' },
        { weapon: 'Unknown missile', launched: '3' },
      ],
    });
    const header = fs.readFileSync(FIXTURE, 'utf8').split('\n')[0] ?? '';
    const datasetRow = (model: string, counts: string) =>
      `2023-09-09 22:00,${date} 10:00,${model},Crimea,Ukraine,,${counts},,{},,,,,,,,,,,kpszsu/posts/pfbid0e2e`;
    const file = [header, datasetRow('Shahed-136/131', '114.0,66.0,31.0'), datasetRow('X-31P', '2.0,0.0,'), datasetRow('P-800 Oniks', '1.0,0.0,')].join('\n');
    const upload = { name: 'replace-night.csv', mimeType: 'text/csv', buffer: Buffer.from(`${file}\n`) };

    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles(upload);
    await page.getByRole('button', { name: 'Preview import' }).click();
    const stat = (label: string) => page.locator('dl div', { hasText: label }).locator('dd');
    await expect(stat('Nights to change')).toHaveText('1');
    await expect(stat('Figures to remove')).toHaveText('2');
    await expect(page.getByText('2 stored figures on 1 night would be removed')).toBeVisible();
    const removed = (weapon: string) => page.getByRole('row').filter({ hasText: 'Removed' }).filter({ has: page.getByRole('cell', { name: weapon, exact: true }) });
    await expect(removed('Unknown drone')).toContainText('114 launched, 66 shot down, 31 lost');
    await expect(removed('Unknown missile')).toContainText('3 launched, n/a shot down, n/a lost');
    expect(storedLaunches(date, date).get(date)).toBe(117);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 nights created, 1 changed (2 figures removed)' })).toBeVisible();
    const db = readDatabase();
    try {
      const figures = db
        .prepare(
          `select w.name as weapon, f.launched from figures f join nights n on n.id = f.night_id join weapons w on w.id = f.weapon_id
           where n.date = ? and n.target = 'UA' order by w.name`,
        )
        .all(date);
      expect(figures).toEqual([
        { weapon: 'Kh-31P', launched: 2 },
        { weapon: 'P-800 Oniks', launched: 1 },
        { weapon: 'Shahed-136/131', launched: 114 },
      ]);
      const night = db.prepare("select notes from nights where date = ? and target = 'UA'").get(date) as { notes: string };
      expect(night.notes).toMatch(/^Entered by hand from the news report\.\n\nImported from the public dataset/);
    } finally {
      db.close();
    }

    await page.getByLabel('CSV file').setInputFiles(upload);
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByText('Nothing to import: every night in the file is already stored')).toBeVisible();
  });

  test('"Export CSV" downloads the nights of the filtered range', async ({ page }) => {
    const expected = expectedLaunches();
    await page.goto('/?from=2023-07-01&to=2023-07-31');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('air-tally-UA-2023-07-01-to-2023-07-31.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe(HEADER);
    const rows: string[][] = parse(text, { from_line: 2 });
    const launches = new Map<string, number>();
    for (const [date = '', target, , , , launched] of rows) {
      expect(date >= '2023-07-01' && date <= '2023-07-31').toBe(true);
      expect(target).toBe('UA');
      launches.set(date, (launches.get(date) ?? 0) + Number(launched));
    }
    expect(launches).toEqual(expected);
  });

  test('a malformed file is refused with the reason, and nothing is written', async ({ page }) => {
    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'semicolons.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('time_start;time_end;model;launch_place;target;launched;destroyed;not_reach_goal\n2023-11-02;2023-11-02;Kalibr;Black Sea;Odesa;2.0;0;\n'),
    });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'separates its columns with semicolons' })).toBeVisible();

    await page.getByLabel('CSV file').setInputFiles({
      name: 'one-bad-row.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\r\n2023-11-03,UA,Kalibr,missile,cruise,5,4,,\r\n2023-11-04,UA,Kalibr,missile,cruise,abc,4,,\r\n`),
    });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Refused' })).toBeVisible();
    await expect(page.getByRole('row', { name: /3 launched: "abc" is not a number/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    expect(storedLaunches('2023-11-01', '2023-11-30').size).toBe(0);
  });

  test("imports the dataset's places hit, debris and Shaheds, exports the nights, and the export reads back as it is", async ({ page }) => {
    // Two national posts for 2023-12-05 (summed, as counts are) and a regional row whose outcomes are not the Air Force's.
    const header = fs.readFileSync(FIXTURE, 'utf8').split('\n')[0] ?? '';
    const row = (date: string, launched: string, shaheds: string, hit: string, debris: string, source: string) =>
      `${date} 18:00,${date} 08:00,Shahed-136/131,Kursk oblast,Ukraine,,${launched},${launched},0.0,0.0,{},${shaheds},${hit},${debris},,,,,,,,${source}`;
    const dataset = [
      header,
      row('2023-12-04', '90.0', '60.0', '7.0', '2.0', 'kpszsu/posts/e2e-a'),
      row('2023-12-05', '100.0', '70.0', '13.0', '3.0', 'kpszsu/posts/e2e-b'),
      row('2023-12-05', '10.0', '10.0', '0.0', '0.0', 'kpszsu/posts/e2e-c'),
      row('2023-12-05', '4.0', '4.0', '6.0', '1.0', 'PvKPivden/posts/e2e-d'),
      '',
    ].join('\n');
    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(dataset) });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByText('2023-12-05: 2 national posts give the night')).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 nights created' })).toBeVisible();
    const db = readDatabase();
    try {
      const stored = db
        .prepare("select date, places_hit, places_debris, shaheds from nights where target = 'UA' and date in ('2023-12-04', '2023-12-05') order by date")
        .all();
      expect(stored).toEqual([
        { date: '2023-12-04', places_hit: 7, places_debris: 2, shaheds: 60 },
        { date: '2023-12-05', places_hit: 13, places_debris: 3, shaheds: 80 },
      ]);
    } finally {
      db.close();
    }

    const exported = await page.request.get('/export-nights.csv?from=2023-12-04&to=2023-12-05&target=UA');
    expect(exported.headers()['content-disposition']).toContain('air-tally-nights-UA-2023-12-04-to-2023-12-05.csv');
    const csv = await exported.text();
    const rows: string[][] = parse(csv, { from_line: 2 });
    expect(rows.map((cells) => [cells[0], cells[8], cells[10], cells[12], cells[13]])).toEqual([
      ['2023-12-04', '7', '2', '60', ''],
      ['2023-12-05', '13', '3', '80', ''],
    ]);
    // Read back, the per-night export changes nothing.
    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles({ name: 'nights.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByText("Air Tally's per-night CSV export")).toBeVisible();
    await expect(page.getByText('Nothing to import: every night in the file is already stored')).toBeVisible();
  });
});

