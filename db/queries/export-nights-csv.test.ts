import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportFilters } from '@/lib/csv/export-filters';
import { NIGHT_EXPORT_HEADER } from '@/lib/csv/night-columns';
import { readImportFile } from '@/lib/import/read-file';
import { openDatabase, type Db } from '../client';
import { figures, nights, revisions, weapons } from '../schema';
import { applyImport, loadWeapons } from '../writes/import-nights';
import { exportCsvStream } from './export-csv';
import { exportNightsCsvStream } from './export-nights-csv';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-nights-export-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
let files = 0;
const newDatabase = () => {
  const file = path.join(folder, `db-${(files += 1)}.db`);
  return { file, db: openDatabase(file) };
};

const UA: ExportFilters = { from: null, to: null, target: 'UA' };
const RU: ExportFilters = { ...UA, target: 'RU' };
const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

/** Nights with what the per-night export must carry exactly: outcomes and qualifiers, unknowns, awkward text. */
function loadFixture(db: Db) {
  const weaponId = (slug: string) => db.select().from(weapons).where(eq(weapons.slug, slug)).get()?.id ?? 0;
  const night = (values: typeof nights.$inferInsert, rows: [string, number | null, number | null, number | null][]) => {
    const id = db.insert(nights).values(values).returning().get().id;
    for (const [slug, launched, shotDown, lost] of rows) db.insert(figures).values({ nightId: id, weaponId: weaponId(slug), launched, shotDown, lost }).run();
  };
  night(
    {
      date: '2025-11-14', target: 'UA', sourceName: 'Air Force of Ukraine', sourceUrl: 'https://t.me/kpszsu/44624',
      statement: 'Of these, 405 were shot down or suppressed.\nFour missiles and 23 drones struck 14 locations; "debris" fell in 44.',
      notes: '\u200b=HYPERLINK("http://evil.example") was pasted here;=cmd|\' /C calc\'!A0',
      hitsMissile: 4, hitsDrone: 23, placesHit: 14, placesDebris: 44, shaheds: 300, shahedsQualifier: 'about',
    },
    [['shahed-136-131', 430, 405, null], ['iskander-m-kn-23', 9, 6, null]],
  );
  night({ date: '2025-11-15', target: 'UA', sourceName: '=1+1 source', placesHit: 0, placesHitQualifier: null }, [['kalibr', 2, null, null]]);
  night({ date: '2025-11-15', target: 'RU', sourceName: 'Ministry of Defence', shaheds: null, notes: 'Нічого\tособливого' }, [['unknown-drone', null, 45, null]]);
}

async function importText(db: Db, csv: string) {
  const result = await readImportFile([csv], { weapons: loadWeapons(db) });
  if (!result.ok) throw new Error(result.fatal);
  expect(result.batch.errors).toEqual([]);
  const outcome = applyImport(db, result.batch, { userId: null, label: 'import (test)' });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.plan;
}

describe('the per-night export', () => {
  it("writes one row per night with its own fields, outcomes and qualifiers, unknown as empty, text formula-safe", async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    const csv = await text(exportNightsCsvStream(UA, file));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(NIGHT_EXPORT_HEADER);
    expect(lines[0]).toBe(
      'date,target,source_name,source_url,hits_missile,hits_missile_qualifier,hits_drone,hits_drone_qualifier,places_hit,' +
        'places_hit_qualifier,places_debris,places_debris_qualifier,shaheds,shaheds_qualifier,statement,notes',
    );
    const rows: string[][] = parse(csv, { from_line: 2 });
    expect(rows).toEqual([
      [
        '2025-11-14', 'UA', 'Air Force of Ukraine', 'https://t.me/kpszsu/44624', '4', '', '23', '', '14', '', '44', '', '300', 'about',
        'Of these, 405 were shot down or suppressed.\nFour missiles and 23 drones struck 14 locations; "debris" fell in 44.',
        "'\u200b=HYPERLINK(\"http://evil.example\") was pasted here;'=cmd|' /C calc'!A0",
      ],
      ['2025-11-15', 'UA', "'=1+1 source", '', '', '', '', '', '0', '', '', '', '', '', '', ''],
    ]);
    expect(await text(exportNightsCsvStream({ ...UA, from: '2025-11-15' }, file))).toBe(`${NIGHT_EXPORT_HEADER}\r\n${lines[2]}\r\n`);
    expect(parse(await text(exportNightsCsvStream(RU, file)), { from_line: 2 })).toEqual([
      ['2025-11-15', 'RU', 'Ministry of Defence', '', '', '', '', '', '', '', '', '', '', '', '', 'Нічого\tособливого'],
    ]);
  });

  it('round-trips alone: export, import into an empty database, export again gives the same bytes', async () => {
    const source = newDatabase();
    loadFixture(source.db);
    const ua = await text(exportNightsCsvStream(UA, source.file));
    const ru = await text(exportNightsCsvStream(RU, source.file));
    const copy = newDatabase();
    expect(await importText(copy.db, ua)).toMatchObject({ create: 2, update: 0 });
    await importText(copy.db, ru);
    expect(await text(exportNightsCsvStream(UA, copy.file))).toBe(ua);
    expect(await text(exportNightsCsvStream(RU, copy.file))).toBe(ru);
    // Nights come without figures from this file alone, and importing it again changes nothing.
    expect(copy.db.select().from(figures).all()).toEqual([]);
    expect(await importText(copy.db, ua)).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });

  it('round-trips with the figures export, whichever is imported first', async () => {
    const source = newDatabase();
    loadFixture(source.db);
    const exports = async (file: string) => ({
      figures: await text(exportCsvStream(UA, file)),
      nights: await text(exportNightsCsvStream(UA, file)),
    });
    const original = await exports(source.file);
    for (const order of [['figures', 'nights'], ['nights', 'figures']] as const) {
      const copy = newDatabase();
      for (const kind of order) await importText(copy.db, original[kind]);
      expect(await exports(copy.file), order.join(' then ')).toEqual(original);
    }
    // Into the database it came from: nothing to do.
    expect(await importText(source.db, original.nights)).toMatchObject({ create: 0, update: 0 });
    expect(await importText(source.db, original.figures)).toMatchObject({ create: 0, update: 0 });
  });

  it("replaces a stored night's own fields exactly, leaves its figures, and records the change", async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    const before = db.select().from(figures).all();
    const csv = (await text(exportNightsCsvStream(UA, file)))
      .replace(',300,about,', ',310,,')
      .replace('"Of these, 405', '"Corrected: of these, 405')
      .replace('https://t.me/kpszsu/44624,4,', ',4,');
    const plan = await importText(db, csv);
    expect(plan).toMatchObject({ create: 0, update: 1, unchanged: 1, removals: 0 });
    expect(plan.nights.find((night) => night.action === 'update')?.fieldChanges.map((change) => change.field)).toEqual([
      'sourceUrl', 'statement', 'shaheds', 'shahedsQualifier',
    ]);
    const night = db.select().from(nights).where(eq(nights.date, '2025-11-14')).get();
    expect(night).toMatchObject({ sourceUrl: null, shaheds: 310, shahedsQualifier: null, placesDebris: 44, version: 2 });
    expect(night?.statement).toMatch(/^Corrected: of these/);
    expect(db.select().from(figures).all()).toEqual(before);
    const history = db.select().from(revisions).where(eq(revisions.nightDate, '2025-11-14')).all();
    expect(history.at(-1)).toMatchObject({ action: 'update', before: { shaheds: 300, shahedsQualifier: 'about' }, after: { shaheds: 310, shahedsQualifier: null } });
  });

  it('refuses the whole file for a value it cannot store, naming the line and the column', async () => {
    const { db } = newDatabase();
    const row = (cells: string) => `${NIGHT_EXPORT_HEADER}\r\n${cells}\r\n`;
    const empties = (n: number) => ','.repeat(n);
    const cases: [string, RegExp][] = [
      [`2025-11-14,UA,,,1,roughly${empties(10)}`, /hits_missile_qualifier: "roughly" is not one of about/],
      [`2025-11-14,UA,,,,about${empties(10)}`, /hits_missile_qualifier: about qualifies no count/],
      [`2025-11-14,UA,,,x${empties(11)}`, /hits_missile: "x" is not a number/],
      [`2025-11-14,UA,,,${empties(10)}"bell\u0007",`, /statement: Remove the invisible control character \(U\+0007\)/],
      [`2025-11-14,UA,,javascript:alert(1)${empties(12)}`, /source_url: Enter a web address/],
      [`2025-11-14,XX${empties(14)}`, /target "XX" is not UA or RU/],
    ];
    for (const [cells, message] of cases) {
      const result = await readImportFile([row(cells)], { weapons: loadWeapons(db) });
      if (!result.ok) throw new Error(result.fatal);
      expect(result.batch.errors, cells).toEqual([{ line: 2, message: expect.stringMatching(message) }]);
    }
    const twice = await readImportFile([row(`2025-11-14,UA${empties(14)}`) + `2025-11-14,UA${empties(14)}\r\n`], { weapons: loadWeapons(db) });
    expect(twice.ok && twice.batch.errors).toEqual([{ line: 3, message: 'the night 2025-11-14 (UA) is already on line 2' }]);
  });

  it("does not import an outcome over what the night's figures launched, keeping the stored value, and says so", async () => {
    const { db, file } = newDatabase();
    loadFixture(db);
    // 430 drones launched on 2025-11-14: 500 Shaheds cannot be.
    const csv = (await text(exportNightsCsvStream(UA, file))).replace(',300,about,', ',500,,');
    const result = await readImportFile([csv], { weapons: loadWeapons(db) });
    if (!result.ok) throw new Error(result.fatal);
    const outcome = applyImport(db, result.batch, { userId: null, label: 'import (test)' });
    expect(outcome.ok && outcome.plan.refusedOutcomes).toEqual([
      { date: '2025-11-14', target: 'UA', field: 'shaheds', key: 'outcomeShahedsExceedDrones', values: { value: 500, launched: 430 } },
    ]);
    expect(db.select().from(nights).where(eq(nights.date, '2025-11-14')).get()).toMatchObject({ shaheds: 300, shahedsQualifier: 'about' });
  });
});
