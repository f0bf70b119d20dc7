// The rollups (night_totals, weapon_year_totals) equal the sums of the figures after every kind of write:
// the form's saves and deletes, imports, raw SQL on figures, nights and weapons. Seeded, so a failure
// reproduces: the message names the seed and the step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import { unknownOutcomes, type Category, type Target } from '@/lib/domain';
import { readImportFile } from '@/lib/import/read-file';
import { neutralisationRate, interceptionRate, notStopped, sumKnown, type DatedCounts } from '@/lib/metrics';
import { createPrng, type Prng } from '@/scripts/bench/prng';
import { openDatabase, type Db } from './client';
import { FIGURE_SUMS } from './figure-sums';
import { nights, weapons } from './schema';
import { deleteNight } from './writes/delete-night';
import { applyImport, loadWeapons } from './writes/import-nights';
import { rollupRebuildStatements, rollupTriggerStatements } from './writes/rollup-sql';
import { createNight, updateNight } from './writes/save-night';

const actor = { userId: null, label: 'rollup test' };

// Dates on both sides of a year's end and of COMBINED_REPORTING_FROM (2025-07-24), a few each.
const DATES = [
  '2024-12-29', '2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02', '2025-07-21', '2025-07-22',
  '2025-07-23', '2025-07-24', '2025-07-25', '2025-07-26', '2025-12-31', '2026-01-01', '2026-03-15',
];
const TARGETS: Target[] = ['UA', 'RU'];

type RawFigure = { nightId: number; date: string; target: Target; weaponId: number; category: Category; launched: number | null; shotDown: number | null; lost: number | null };

function rawFigures(db: Db): RawFigure[] {
  return db.$client
    .prepare(
      `select n.id nightId, n.date, n.target, f.weapon_id weaponId, w.category, f.launched, f.shot_down shotDown, f.lost
       from figures f join nights n on n.id = f.night_id join weapons w on w.id = f.weapon_id`,
    )
    .all() as RawFigure[];
}

/** Each night's figures as lib/metrics computes them, straight from the figures. */
function expectedNights(db: Db) {
  const all = rawFigures(db);
  const stored = db.select({ id: nights.id, date: nights.date, target: nights.target }).from(nights).orderBy(nights.id).all();
  const gaps = expectedGaps(stored, all);
  return stored.map((night) => {
    const own = all.filter((f) => f.nightId === night.id);
    const counts: DatedCounts[] = own.map((f) => ({ launched: f.launched, shotDown: f.shotDown, lost: f.lost, date: night.date }));
    const of = (category: Category) => own.filter((f) => f.category === category);
    const neutralisation = neutralisationRate(counts);
    const interception = interceptionRate(counts);
    return {
      nightId: night.id,
      date: night.date,
      target: night.target,
      figures: own.length,
      droneFigures: of('drone').length,
      missileFigures: of('missile').length,
      launched: sumKnown(counts.map((c) => c.launched)).sum,
      droneLaunched: sumKnown(of('drone').map((f) => f.launched)).sum,
      missileLaunched: sumKnown(of('missile').map((f) => f.launched)).sum,
      shotDown: sumKnown(counts.map((c) => c.shotDown)).sum,
      lost: sumKnown(counts.map((c) => c.lost)).sum,
      notStopped: sumKnown(counts.map(notStopped)).sum,
      neutralisationFigures: neutralisation.figures,
      neutralisationLaunched: neutralisation.figures > 0 ? neutralisation.denominator : null,
      interceptionFigures: interception.figures,
      interceptionLaunched: interception.figures > 0 ? interception.denominator : null,
      interceptionShotDown: interception.figures > 0 ? interception.numerator : null,
      attacked: own.some((f) => f.launched === null || f.launched > 0) ? 1 : 0,
      ...gaps.get(night.id),
    };
  });
}

/**
 * Per night: the nights since its target's previous night with an attack (any launch above 0 or not
 * given), and since the previous missile attack; null for a night without one and for the first.
 */
function expectedGaps(stored: { id: number; date: string; target: string }[], all: RawFigure[]) {
  const attack = (f: RawFigure) => f.launched === null || f.launched > 0;
  const days = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const gaps = new Map<number, { attackGap: number | null; missileGap: number | null }>();
  const previous = new Map<string, number>();
  for (const night of [...stored].sort((a, b) => a.date.localeCompare(b.date))) {
    const own = all.filter((f) => f.nightId === night.id);
    const gapSince = (kind: string, attacked: boolean) => {
      if (!attacked) return null;
      const before = previous.get(`${night.target} ${kind}`);
      previous.set(`${night.target} ${kind}`, days(night.date));
      return before === undefined ? null : days(night.date) - before - 1;
    };
    gaps.set(night.id, {
      attackGap: gapSince('attack', own.some(attack)),
      missileGap: gapSince('missile', own.some((f) => f.category === 'missile' && attack(f))),
    });
  }
  return gaps;
}

function actualNights(db: Db) {
  return db.$client
    .prepare(
      `select night_id nightId, date, target, figures, drone_figures droneFigures, missile_figures missileFigures,
         launched, drone_launched droneLaunched, missile_launched missileLaunched, shot_down shotDown, lost,
         not_stopped notStopped, neutralisation_figures neutralisationFigures, neutralisation_launched neutralisationLaunched,
         interception_figures interceptionFigures, interception_launched interceptionLaunched,
         interception_shot_down interceptionShotDown, attacked, attack_gap attackGap, missile_gap missileGap
       from night_totals order by night_id`,
    )
    .all();
}

/** The yearly rows' stored sums, from the figures in JavaScript (rows only where there are figures). */
function expectedYears(db: Db) {
  const rows = new Map<string, Record<string, number | string>>();
  for (const f of rawFigures(db)) {
    const key = `${f.target} ${f.date.slice(0, 4)}-01-01 ${f.weaponId}`;
    const row = rows.get(key) ?? { key, ...Object.fromEntries(Object.keys(FIGURE_SUMS).map((c) => [c, 0])) };
    const add = (column: string, value: number | boolean) => (row[column] = Number(row[column]) + Number(value));
    const complete = f.launched !== null && f.shotDown !== null && f.lost !== null;
    const lostUnknown = f.launched !== null && f.shotDown !== null && f.lost === null;
    add('figures', 1);
    add('launched_known', f.launched !== null);
    add('launched_sum', f.launched ?? 0);
    add('shot_down_known', f.shotDown !== null);
    add('shot_down_sum', f.shotDown ?? 0);
    add('lost_known', f.lost !== null);
    add('lost_sum', f.lost ?? 0);
    add('complete_figures', complete);
    add('complete_launched', complete ? f.launched! : 0);
    add('complete_shot_down', complete ? f.shotDown! : 0);
    add('complete_lost', complete ? f.lost! : 0);
    add('lost_unknown_figures', lostUnknown);
    add('lost_unknown_launched', lostUnknown ? f.launched! : 0);
    add('lost_unknown_shot_down', lostUnknown ? f.shotDown! : 0);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

function actualYears(db: Db) {
  return db.$client
    .prepare(`select target || ' ' || year || ' ' || weapon_id as key, ${Object.keys(FIGURE_SUMS).join(', ')} from weapon_year_totals`)
    .all()
    .sort((a, b) => String((a as { key: string }).key).localeCompare(String((b as { key: string }).key)));
}

// The rollups' own triggers (the data stamp's, migration 0005, are checked by db/queries/data-stamp.test.ts).
const installedTriggers = (db: Db) =>
  db.$client.prepare("select sql from sqlite_master where type = 'trigger' and name glob '*_rollup_*' order by name").pluck().all();

const byName = (a: string, b: string) => (a.split(' ')[2]! < b.split(' ')[2]! ? -1 : 1);

const snapshot = (db: Db) => ({
  nights: db.$client.prepare('select * from night_totals order by night_id').all(),
  years: db.$client.prepare('select * from weapon_year_totals order by target, year, weapon_id').all(),
});

function expectRollupsEqualFigures(db: Db, label: string) {
  expect(actualNights(db), `night_totals after ${label}`).toEqual(expectedNights(db));
  expect(actualYears(db), `weapon_year_totals after ${label}`).toEqual(expectedYears(db));
}

/** Counts as the schema allows them: each may be unknown, and shot down + lost never above launched. */
function randomCounts(prng: Prng, requireOne: boolean) {
  const launched = prng.chance(0.2) ? null : prng.int(0, 300);
  const ceiling = launched ?? 300;
  const shotDownValue = prng.int(0, ceiling);
  const shotDown = prng.chance(0.25) ? null : shotDownValue;
  const lost = prng.chance(0.4) ? null : prng.int(0, ceiling - (shotDown ?? 0));
  if (requireOne && launched === null && shotDown === null && lost === null) return { launched: 0, shotDown, lost };
  return { launched, shotDown, lost };
}

const pick = <T,>(prng: Prng, items: readonly T[]): T => items[prng.int(0, items.length - 1)] as T;

function randomNightInput(prng: Prng, weaponIds: number[]) {
  const figures = prng.distinct(weaponIds.length, prng.int(1, 5)).map((i) => ({
    weaponId: weaponIds[i] as number,
    ...randomCounts(prng, true),
  }));
  return {
    date: pick(prng, DATES), target: pick(prng, TARGETS), sourceName: null, sourceUrl: null, statement: null, notes: null, figures,
    outcomes: unknownOutcomes(), qualifiers: {},
  };
}

async function importRandomNights(db: Db, prng: Prng) {
  const weaponRows = loadWeapons(db);
  const cell = (value: number | null) => (value === null ? '' : String(value));
  const lines = [EXPORT_HEADER];
  for (const date of new Set(Array.from({ length: prng.int(1, 4) }, () => pick(prng, DATES)))) {
    const target = pick(prng, TARGETS);
    for (const i of prng.distinct(weaponRows.length, prng.int(1, 4))) {
      const weapon = weaponRows[i]!;
      const c = randomCounts(prng, true);
      lines.push([date, target, weapon.name, weapon.category, weapon.weaponClass, cell(c.launched), cell(c.shotDown), cell(c.lost), ''].join(','));
    }
  }
  const read = await readImportFile([lines.join('\r\n')], { weapons: weaponRows, today: '2026-11-30' });
  if (!read.ok) throw new Error(read.fatal);
  const applied = applyImport(db, read.batch, actor);
  if (!applied.ok) throw new Error(`import refused: ${applied.reason} ${JSON.stringify(read.batch.errors)}`);
}

type Step = { name: string; run: (db: Db, prng: Prng) => unknown };

const nightIds = (db: Db) => db.select({ id: nights.id, version: nights.version }).from(nights).all();
const figureKeys = (db: Db) => db.$client.prepare('select id, night_id nightId, weapon_id weaponId, launched from figures').all() as { id: number; nightId: number; weaponId: number; launched: number | null }[];
const weaponIdsOf = (db: Db) => db.select({ id: weapons.id }).from(weapons).all().map((w) => w.id);

const STEPS: Step[] = [
  { name: 'create a night (form)', run: (db, prng) => createNight(db, randomNightInput(prng, weaponIdsOf(db)), actor) },
  {
    name: 'update a night, perhaps to another date or target (form)',
    run: (db, prng) => {
      const all = nightIds(db);
      if (!all.length) return;
      const night = pick(prng, all);
      return updateNight(db, night.id, night.version, randomNightInput(prng, weaponIdsOf(db)), actor);
    },
  },
  {
    name: 'delete a night (form)',
    run: (db, prng) => {
      const all = nightIds(db);
      if (all.length) deleteNight(db, pick(prng, all).id, pick(prng, all).version, actor);
    },
  },
  { name: 'import nights', run: (db, prng) => importRandomNights(db, prng) },
  {
    name: 'insert a figure (raw SQL)',
    run: (db, prng) => {
      const all = nightIds(db);
      if (!all.length) return;
      const c = randomCounts(prng, false);
      db.$client
        .prepare('insert or ignore into figures (night_id, weapon_id, launched, shot_down, lost) values (?, ?, ?, ?, ?)')
        .run(pick(prng, all).id, pick(prng, weaponIdsOf(db)), c.launched, c.shotDown, c.lost);
    },
  },
  {
    name: 'update a figure: counts, weapon or night (raw SQL)',
    run: (db, prng) => {
      const all = figureKeys(db);
      if (!all.length) return;
      const figure = pick(prng, all);
      const c = randomCounts(prng, false);
      const what = prng.int(0, 2);
      const sql =
        what === 0
          ? 'update figures set launched = ?, shot_down = ?, lost = ? where id = ?'
          : what === 1
            ? 'update or ignore figures set weapon_id = ? where id = ?'
            : 'update or ignore figures set night_id = ? where id = ?';
      if (what === 0) db.$client.prepare(sql).run(c.launched, c.shotDown, c.lost, figure.id);
      else if (what === 1) db.$client.prepare(sql).run(pick(prng, weaponIdsOf(db)), figure.id);
      else db.$client.prepare(sql).run(pick(prng, nightIds(db)).id, figure.id);
    },
  },
  {
    name: 'delete a figure (raw SQL)',
    run: (db, prng) => {
      const all = figureKeys(db);
      if (all.length) db.$client.prepare('delete from figures where id = ?').run(pick(prng, all).id);
    },
  },
  {
    name: 'move a night to another date or target (raw SQL)',
    run: (db, prng) => {
      const all = nightIds(db);
      if (!all.length) return;
      db.$client.prepare('update or ignore nights set date = ?, target = ? where id = ?').run(pick(prng, DATES), pick(prng, TARGETS), pick(prng, all).id);
    },
  },
  {
    name: 'delete a night (raw SQL)',
    run: (db, prng) => {
      const all = nightIds(db);
      if (all.length) db.$client.prepare('delete from nights where id = ?').run(pick(prng, all).id);
    },
  },
  {
    name: "change a weapon's category (raw SQL)",
    run: (db, prng) => {
      const id = pick(prng, weaponIdsOf(db));
      db.$client.prepare("update weapons set category = iif(category = 'drone', 'missile', 'drone'), class = 'unknown' where id = ?").run(id);
    },
  },
];

describe('the rollups', () => {
  for (const seed of [1, 2, 3]) {
    it(`equal the sums of the figures after each of 120 random writes (seed ${seed})`, async () => {
      const db = openDatabase(':memory:');
      const prng = createPrng(seed);
      for (let i = 0; i < 120; i++) {
        const step = i < 6 ? STEPS[0]! : pick(prng, STEPS);
        await step.run(db, prng);
        expectRollupsEqualFigures(db, `step ${i}: ${step.name} (seed ${seed})`);
      }
      // A night whose every figure goes keeps its row, with nothing known.
      db.$client.exec('delete from figures where night_id = (select min(id) from nights)');
      expectRollupsEqualFigures(db, `emptying a night (seed ${seed})`);
      expect(expectedNights(db).length).toBeGreaterThan(5);
      expect(expectedNights(db).some((n) => n.figures === 0)).toBe(true);

      // Imports run without the triggers and put them back, exactly as the migrations installed them.
      expect(installedTriggers(db)).toEqual([...rollupTriggerStatements()].sort(byName));

      // A full rebuild from the figures gives the very same tables.
      const kept = snapshot(db);
      db.transaction(() => {
        for (const statement of rollupRebuildStatements()) db.run(statement);
      });
      expect(snapshot(db)).toEqual(kept);
      db.$client.close();
    }, 60_000);
  }

  it('keep a night with only unknown launches unknown, never 0', () => {
    const db = openDatabase(':memory:');
    const [first] = weaponIdsOf(db);
    const created = createNight(db, { ...randomNightInput(createPrng(9), [first!]), date: '2025-06-01', target: 'RU', figures: [{ weaponId: first!, launched: null, shotDown: 45, lost: null }] }, actor);
    expect(created.ok).toBe(true);
    expect(db.$client.prepare('select launched, shot_down, lost, not_stopped, neutralisation_launched, attacked, figures from night_totals').get()).toEqual({
      launched: null,
      shot_down: 45,
      lost: null,
      not_stopped: null,
      neutralisation_launched: null,
      attacked: 1,
      figures: 1,
    });
    db.$client.close();
  });

  it('are kept by every trigger the migrations install, and those are what db/writes/rollup-sql.ts renders now', () => {
    const db = openDatabase(':memory:');
    const installed = installedTriggers(db);
    // A migration that recreates nights, figures or weapons drops their triggers; a change to the sums
    // needs a migration that installs the new ones (scripts/rollup-migration-sql.ts prints them).
    expect(installed).toEqual([...rollupTriggerStatements()].sort(byName));
    db.$client.close();
  });

  it('are filled from the figures of a database made before them, by the migration', () => {
    // What the release before the rollups shipped: drizzle/ without 0003 and 0004.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-rollup-'));
    try {
      const earlier = path.join(dir, 'drizzle');
      fs.cpSync(path.join(process.cwd(), 'drizzle'), earlier, { recursive: true });
      const journalPath = path.join(earlier, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
      // Everything from the first rollup migration on (later ones may build on the rollups' tables).
      const first = journal.entries.findIndex((entry) => /night_totals/.test(entry.tag));
      journal.entries = journal.entries.slice(0, first);
      fs.writeFileSync(journalPath, JSON.stringify(journal));
      const file = path.join(dir, 'old.db');
      const old = openDatabase(file, earlier);
      expect(old.$client.prepare("select count(*) n from sqlite_master where name = 'night_totals'").get()).toEqual({ n: 0 });
      const prng = createPrng(5);
      const weaponIds = weaponIdsOf(old);
      for (let i = 0; i < 40; i++) createNight(old, randomNightInput(prng, weaponIds), actor);
      old.insert(nights).values({ date: '2025-07-01', target: 'RU' }).onConflictDoNothing().run(); // a night without figures
      old.$client.close();

      const migrated = openDatabase(file);
      expect(expectedNights(migrated).length).toBeGreaterThan(20);
      expectRollupsEqualFigures(migrated, 'migrating');
      migrated.$client.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
