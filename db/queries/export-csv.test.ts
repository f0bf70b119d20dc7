import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, EXPORT_HEADER } from '@/lib/csv/cells';
import type { ExportFilters } from '@/lib/csv/export-filters';
import { readImportFile } from '@/lib/import/read-file';
import { openDatabase, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { applyImport, loadWeapons } from '../writes/import-nights';
import { exportCsvStream } from './export-csv';
import { exportNightsJsonStream } from './export-nights-json';
import { csvTextCellSql } from './figure-rows';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-export-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
let files = 0;
const newDatabase = () => {
  const file = path.join(folder, `db-${(files += 1)}.db`);
  return { file, db: openDatabase(file) };
};

const ALL_UA: ExportFilters = { from: null, to: null, target: 'UA' };

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

/** Nights with what an export must survive: formula-like and quoted names, commas, unknown counts, RU. */
function loadFixture(db: Db) {
  const weapon = (name: string, category: 'missile' | 'drone', weaponClass: 'cruise' | 'attack' | 'unknown') =>
    db.insert(weapons).values({ slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'w', name, category, weaponClass }).returning().get().id;
  const seeded = (name: string) => db.select().from(weapons).all().find((w) => w.name === name)?.id ?? 0;
  const formula = weapon('=HYPERLINK("http://evil.example","click")', 'drone', 'attack');
  const quoted = weapon('Comma, "quoted" drone', 'drone', 'unknown');
  const minus = weapon('-Minus missile', 'missile', 'cruise');
  const cyrillic = weapon('Молнія and Lancet', 'drone', 'unknown');
  const night = (date: string, target: 'UA' | 'RU', sourceUrl: string | null, rows: [number, number | null, number | null, number | null][]) => {
    const id = db.insert(nights).values({ date, target, sourceUrl }).returning().get().id;
    for (const [weaponId, launched, shotDown, lost] of rows) db.insert(figures).values({ nightId: id, weaponId, launched, shotDown, lost }).run();
  };
  night('2025-04-26', 'UA', 'https://example.org/post?a=1,b="2"', [
    [seeded('Shahed-136/131'), 114, 66, 31],
    [seeded('Kh-31P'), 2, null, null],
    [formula, 3, 1, null],
    [quoted, null, 4, null],
  ]);
  night('2025-04-27', 'UA', null, [
    [minus, 5, 5, 0],
    [cyrillic, 8, 8, null],
  ]);
  night('2025-04-28', 'UA', 'https://example.org/x', [[seeded('Kalibr'), 0, 0, 0]]);
  night('2025-04-26', 'RU', null, [[seeded('Unknown drone'), null, 45, null]]);
}

async function importText(db: Db, csv: string) {
  const result = await readImportFile([csv], { weapons: loadWeapons(db) });
  if (!result.ok) throw new Error(result.fatal);
  expect(result.batch.errors).toEqual([]);
  const outcome = applyImport(db, result.batch, { userId: null, label: 'import (test)' });
  expect(outcome.ok).toBe(true);
}

describe('the CSV export', () => {
  it('writes the header, one row per night and weapon by date, unknown counts as empty cells', async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    const csv = await text(exportCsvStream(ALL_UA, file));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(EXPORT_HEADER);
    expect(lines.at(-1)).toBe('');
    // By date, then category and name (in SQLite's binary order: "=" before "C").
    expect(lines.slice(1, -1)).toEqual([
      `2025-04-26,UA,"'=HYPERLINK(""http://evil.example"",""click"")",drone,attack,3,1,,"https://example.org/post?a=1,b=""2"""`,
      '2025-04-26,UA,"Comma, ""quoted"" drone",drone,unknown,,4,,"https://example.org/post?a=1,b=""2"""',
      '2025-04-26,UA,Shahed-136/131,drone,attack,114,66,31,"https://example.org/post?a=1,b=""2"""',
      '2025-04-26,UA,Kh-31P,missile,cruise,2,,,"https://example.org/post?a=1,b=""2"""',
      '2025-04-27,UA,Молнія and Lancet,drone,unknown,8,8,,',
      "2025-04-27,UA,'-Minus missile,missile,cruise,5,5,0,",
      '2025-04-28,UA,Kalibr,missile,cruise,0,0,0,https://example.org/x',
    ]);
  });

  it('neutralises a formula-like weapon name so a spreadsheet shows it as text', async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    const rows: string[][] = parse(await text(exportCsvStream(ALL_UA, file)), { from_line: 2 });
    const names = rows.map((row) => row[2]);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(names).toContain("'-Minus missile");
    expect(names.every((name) => !/^[=+\-@\t\r]/.test(name ?? ''))).toBe(true);
  });

  it('keeps to the filters', async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    const dates = async (filters: ExportFilters) =>
      (parse(await text(exportCsvStream(filters, file)), { from_line: 2 }) as string[][]).map((row) => `${row[0]} ${row[1]}`);
    expect(await dates({ from: '2025-04-27', to: '2025-04-27', target: 'UA' })).toEqual(['2025-04-27 UA', '2025-04-27 UA']);
    expect(await dates({ from: null, to: null, target: 'RU' })).toEqual(['2025-04-26 RU']);
    expect(await dates({ from: '2026-01-01', to: null, target: 'UA' })).toEqual([]);
  });

  it('round-trips: export, import into an empty database, export again gives the same bytes', async () => {
    const source = newDatabase();
    loadFixture(source.db);
    const ua = await text(exportCsvStream(ALL_UA, source.file));
    const ru = await text(exportCsvStream({ ...ALL_UA, target: 'RU' }, source.file));

    const copy = newDatabase();
    await importText(copy.db, ua);
    await importText(copy.db, ru);
    expect(await text(exportCsvStream(ALL_UA, copy.file))).toBe(ua);
    expect(await text(exportCsvStream({ ...ALL_UA, target: 'RU' }, copy.file))).toBe(ru);
    // And importing the export again into the copy changes nothing.
    const again = await readImportFile([ua], { weapons: loadWeapons(copy.db) });
    if (!again.ok) throw new Error(again.fatal);
    expect(applyImport(copy.db, again.batch, { userId: null, label: 'x' })).toMatchObject({ ok: true, plan: { create: 0, update: 0 } });
  });

  it('streams in chunks and can be cancelled part-way', async () => {
    const { db, file } = newDatabase();
    const ids = db.select().from(weapons).all().map((weapon) => weapon.id);
    // One prepared statement for the 10,000 rows: each statement Drizzle prepares compiles the rollup triggers again.
    const insertFigure = db.$client.prepare('insert into figures (night_id, weapon_id, launched, shot_down, lost) values (?, ?, 10, 5, null)');
    db.transaction((tx) => {
      for (let day = 0; day < 2000; day += 1) {
        const date = new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10);
        const id = tx.insert(nights).values({ date, target: 'UA' }).returning().get().id;
        for (const weaponId of ids.slice(0, 5)) insertFigure.run(id, weaponId);
      }
    });
    const reader = exportCsvStream(ALL_UA, file).getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBeGreaterThan(60_000);
    expect(first.value?.byteLength).toBeLessThan(70_000);
    await reader.cancel();
    // The read-only connection is closed: the file can be written and read again at once.
    db.insert(nights).values({ date: '2021-01-01', target: 'UA' }).run();
    const all = await text(exportCsvStream(ALL_UA, file));
    expect(all.split('\r\n').length).toBe(2000 * 5 + 2);
  });

  it('opens no connection until the body is read', async () => {
    const missing = path.join(folder, 'not-there.db');
    const stream = exportCsvStream(ALL_UA, missing);
    expect(fs.existsSync(missing)).toBe(false);
    await expect(stream.getReader().read()).rejects.toThrow(/unable to open|does not exist/);
  });

  it('formats cells in SQL exactly as csvCell does', () => {
    const sqlite = new Database(':memory:');
    const cell = sqlite.prepare<{ v: string | null }, string>(`select ${csvTextCellSql('@v')}`).pluck();
    const values = [null, '', 'plain', "'", "'=x", "''+y", '=1+1', '+', '-', '@a', '\tt', '\rr', 'a,b', 'say "hi"', 'two\nlines', '＝1', 'Молнія'];
    for (const value of values) expect(cell.get({ v: value })).toBe(csvCell(value));
    sqlite.close();
  });
});

describe('the JSON API body', () => {
  it('holds the export rows grouped into nights', async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    const body = JSON.parse(await text(exportNightsJsonStream(ALL_UA, file)));
    expect(body.nights.map((night: { date: string; figures: unknown[] }) => [night.date, night.figures.length])).toEqual([
      ['2025-04-26', 4],
      ['2025-04-27', 2],
      ['2025-04-28', 1],
    ]);
    expect(body.nights[0]).toMatchObject({ target: 'UA', source_url: 'https://example.org/post?a=1,b="2"' });
    expect(body.nights[0].figures).toContainEqual({ weapon: 'Kh-31P', category: 'missile', class: 'cruise', launched: 2, shot_down: null, lost: null });
    expect(JSON.parse(await text(exportNightsJsonStream({ from: '2030-01-01', to: null, target: 'UA' }, file)))).toEqual({ nights: [] });
  });
});
