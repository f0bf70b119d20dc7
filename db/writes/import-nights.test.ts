import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import { unknownOutcomes } from '@/lib/domain';
import { readImportFile } from '@/lib/import/read-file';
import { buildReport, formatReportText } from '@/lib/import/report';
import { openDatabase, type Db } from '../client';
import { figures, nights, revisions, weapons } from '../schema';
import { applyImport, loadWeapons, previewImport } from './import-nights';
import { createNight } from './save-night';

const FIXTURES = path.join(process.cwd(), 'lib', 'import', 'fixtures');
const actor = { userId: null, label: 'import (test)' };

async function batchOf(db: Db, text: string) {
  const result = await readImportFile([text], { weapons: loadWeapons(db), today: '2026-02-09' });
  if (!result.ok) throw new Error(result.fatal);
  return result.batch;
}

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function tableCounts(db: Db) {
  return {
    nights: db.select({ n: count() }).from(nights).get()?.n,
    figures: db.select({ n: count() }).from(figures).get()?.n,
    weapons: db.select({ n: count() }).from(weapons).get()?.n,
    revisions: db.select({ n: count() }).from(revisions).get()?.n,
  };
}

function nightTotals(db: Db) {
  return db
    .select({
      date: nights.date,
      launched: sql<number | null>`sum(${figures.launched})`,
      shotDown: sql<number | null>`sum(${figures.shotDown})`,
      lost: sql<number | null>`sum(${figures.lost})`,
    })
    .from(nights)
    .innerJoin(figures, eq(figures.nightId, nights.id))
    .groupBy(nights.date)
    .orderBy(nights.date)
    .all();
}

describe("importing the dataset's night outcomes", () => {
  const stored = (db: Db, date: string) =>
    db
      .select({ placesHit: nights.placesHit, placesDebris: nights.placesDebris, shaheds: nights.shaheds, shahedsQualifier: nights.shahedsQualifier })
      .from(nights)
      .where(eq(nights.date, date))
      .get();

  it('stores places hit, places with debris and Shaheds on the nights, and a second import changes nothing', async () => {
    const db = openDatabase(':memory:');
    const text = fixture('missile-attacks-outcomes.csv');
    const first = applyImport(db, await batchOf(db, text), actor);
    expect(first.ok).toBe(true);
    expect(stored(db, '2026-02-07')).toEqual({ placesHit: 19, placesDebris: 3, shaheds: 250, shahedsQualifier: null });
    expect(stored(db, '2026-01-14')).toEqual({ placesHit: 13, placesDebris: 3, shaheds: 80, shahedsQualifier: null });
    expect(stored(db, '2025-09-02')).toEqual({ placesHit: 9, placesDebris: 5, shaheds: null, shahedsQualifier: null });
    const again = applyImport(db, await batchOf(db, text), actor);
    expect(again).toMatchObject({ ok: true, plan: { create: 0, update: 0 } });
  });

  it("keeps an editor's qualifier on the same figure, and drops it with a figure the dataset changes", async () => {
    const db = openDatabase(':memory:');
    const text = fixture('missile-attacks-outcomes.csv');
    applyImport(db, await batchOf(db, text), actor);
    db.update(nights).set({ shaheds: 250, shahedsQualifier: 'about' }).where(eq(nights.date, '2026-02-07')).run();
    db.update(nights).set({ shaheds: 75, shahedsQualifier: 'about' }).where(eq(nights.date, '2026-01-14')).run();
    const plan = applyImport(db, await batchOf(db, text), actor);
    expect(plan).toMatchObject({ ok: true, plan: { update: 1 } });
    expect(stored(db, '2026-02-07')).toMatchObject({ shaheds: 250, shahedsQualifier: 'about' });
    expect(stored(db, '2026-01-14')).toMatchObject({ shaheds: 80, shahedsQualifier: null });
    const history = db.select().from(revisions).where(eq(revisions.nightDate, '2026-01-14')).all().at(-1);
    expect(history).toMatchObject({ before: { shaheds: 75, shahedsQualifier: 'about' }, after: { shaheds: 80, shahedsQualifier: null } });
  });
});

describe('importing the public dataset', () => {
  it('stores night totals equal to the national rows of the file, and a second import changes nothing', async () => {
    const text = fixture('missile-attacks-2023-h1.csv');
    // Computed from the file directly: national rows only, summed by the date part of time_end.
    const rows: Record<string, string>[] = parse(text, { columns: true });
    const national = rows.filter((row) => row.source?.startsWith('kpszsu/'));
    const expected = new Map<string, { date: string; launched: number; shotDown: number; lost: null }>();
    for (const row of national) {
      const date = row.time_end?.slice(0, 10) ?? '';
      // This excerpt gives every launch and interception and no lost count: check that, then sum.
      expect(row.launched).toMatch(/^\d+\.0$/);
      expect(row.destroyed).toMatch(/^\d+\.0$/);
      expect(row.not_reach_goal).toBe('');
      const total = expected.get(date) ?? { date, launched: 0, shotDown: 0, lost: null };
      total.launched += Number(row.launched);
      total.shotDown += Number(row.destroyed);
      expected.set(date, total);
    }
    expect(national.length).toBe(177);

    const db = openDatabase(':memory:');
    const first = applyImport(db, await batchOf(db, text), actor);
    expect(first.ok).toBe(true);
    expect(nightTotals(db)).toEqual([...expected.values()].sort((a, b) => a.date.localeCompare(b.date)));
    expect(first.ok && first.plan.create).toBe(expected.size);
    const afterFirst = tableCounts(db);
    expect(afterFirst.revisions).toBe(expected.size);
    expect(db.select().from(revisions).all().every((revision) => revision.action === 'create' && revision.actor === 'import (test)')).toBe(true);
    expect(db.select().from(nights).get()).toMatchObject({
      sourceUrl: null,
      sourceName: expect.stringContaining('Massive Missile Attacks on Ukraine'),
      notes: expect.stringContaining('kpszsu/posts/'),
    });

    const secondBatch = await batchOf(db, text);
    const second = applyImport(db, secondBatch, actor);
    if (!second.ok) throw new Error(second.reason);
    expect(second.plan).toMatchObject({ create: 0, update: 0, unchanged: expected.size, weaponsToCreate: [] });
    const report = buildReport('missile-attacks-2023-h1.csv', secondBatch, second.plan, { status: 'imported' });
    expect(report).toMatchObject({ status: 'nothing-to-do', applied: true, nights: { create: 0, update: 0, unchanged: expected.size } });
    expect(formatReportText(report)).toContain(`Nights: 0 created, 0 changed, ${expected.size} left alone`);
    expect(tableCounts(db)).toEqual(afterFirst);
  });

  it('applies the reporting rules to the selected nights', async () => {
    const db = openDatabase(':memory:');
    const batch = await batchOf(db, fixture('missile-attacks-selected-nights.csv'));
    expect(applyImport(db, batch, actor).ok).toBe(true);
    const stored = (date: string) =>
      db
        .select({ weapon: weapons.name, launched: figures.launched, shotDown: figures.shotDown, lost: figures.lost })
        .from(figures)
        .innerJoin(nights, eq(nights.id, figures.nightId))
        .innerJoin(weapons, eq(weapons.id, figures.weaponId))
        .where(eq(nights.date, date))
        .orderBy(weapons.name)
        .all();
    // Its only row has shot down + lost > launched: no night at all rather than a wrong one.
    expect(stored('2024-12-28')).toEqual([]);
    // Combined figure from 2025-07-24: lost 0 becomes unknown; a given split is kept; before, 0 stays 0.
    expect(stored('2025-07-23')).toEqual([{ weapon: 'Shahed-136/131', launched: 71, shotDown: 27, lost: 18 }]);
    expect(stored('2025-07-24')).toContainEqual({ weapon: 'Shahed-136/131', launched: 103, shotDown: 90, lost: null });
    expect(stored('2025-07-28')).toContainEqual({ weapon: 'Kh-47M2 Kinzhal', launched: 3, shotDown: 0, lost: 3 });
    // KN-23 2/2/– and Iskander-M 1/0/1 are one weapon: launched and shot down add up, lost is unknown.
    expect(stored('2024-08-18')).toContainEqual({ weapon: 'Iskander-M/KN-23', launched: 3, shotDown: 2, lost: null });
    // Привет-82 is skipped; the national ZALA and Supercam rows are kept, the regional ones are not.
    expect(stored('2024-07-21').map((figure) => [figure.weapon, figure.launched])).toEqual([
      ['Iskander-M/KN-23', 3],
      ['Kh-59/Kh-69', 2],
      ['Shahed-136/131', 39],
      ['Supercam', 1],
      ['Unknown drone', 1],
      ['ZALA', 4],
    ]);
    expect(stored('2026-02-07').map((figure) => figure.weapon)).toEqual(['Kalibr', 'Kh-101/Kh-555', 'Shahed-136/131']);
  });
});

describe("the Air Force's Telegram posts in the dataset", () => {
  it('are imported as national reports, beside its Facebook posts on the same night', async () => {
    const db = openDatabase(':memory:');
    const batch = await batchOf(db, fixture('missile-attacks-replace-and-telegram.csv'));
    expect(applyImport(db, batch, actor).ok).toBe(true);
    const stored = (date: string) =>
      db
        .select({ weapon: weapons.name, launched: figures.launched, shotDown: figures.shotDown, lost: figures.lost })
        .from(figures)
        .innerJoin(nights, eq(nights.id, figures.nightId))
        .innerJoin(weapons, eq(weapons.id, figures.weaponId))
        .where(eq(nights.date, date))
        .orderBy(weapons.name)
        .all();
    expect(stored('2025-10-13')).toEqual([{ weapon: 'Shahed-136/131', launched: 82, shotDown: 69, lost: null }]);
    expect(stored('2024-11-02')).toEqual([
      { weapon: 'Kh-31P', launched: 1, shotDown: 0, lost: null },
      { weapon: 'Shahed-136/131', launched: 71, shotDown: 39, lost: 21 },
    ]);
    expect(stored('2024-09-26')).toEqual([
      { weapon: 'Kh-47M2 Kinzhal', launched: 3, shotDown: 0, lost: null },
      { weapon: 'Kh-59/Kh-69', launched: 4, shotDown: 4, lost: null },
      { weapon: 'Shahed-136/131', launched: 78, shotDown: 66, lost: 8 },
      { weapon: 'Unknown missile', launched: 2, shotDown: 0, lost: null },
    ]);
    // The regional commands' rows of these nights are still skipped.
    expect(batch.skipped.map((skip) => skip.reason)).toEqual(['regional', 'regional', 'regional', 'regional', 'regional']);
  });
});

describe('what an import never does', () => {
  const own = (...rows: string[]) => `${EXPORT_HEADER}\n${rows.join('\n')}\n`;

  it('writes nothing when one row is bad', async () => {
    const db = openDatabase(':memory:');
    const before = tableCounts(db);
    const batch = await batchOf(
      db,
      own('2023-03-01,UA,Kalibr,missile,cruise,5,4,,', '2023-03-02,UA,Lancet,drone,attack,5,5,0,', '2023-03-03,UA,Kalibr,missile,cruise,abc,1,,'),
    );
    expect(batch.errors).toEqual([{ line: 4, message: 'launched: "abc" is not a number' }]);
    expect(previewImport(db, batch).create).toBe(2);
    expect(applyImport(db, batch, actor)).toEqual({ ok: false, reason: 'bad-rows', plan: null });
    expect(tableCounts(db)).toEqual(before);
  });

  it('leaves the database exactly as before when a write fails part-way', async () => {
    const db = openDatabase(':memory:');
    const before = tableCounts(db);
    const batch = await batchOf(db, own('2023-03-01,UA,Lancet,drone,attack,5,4,,', '2023-03-02,UA,Kalibr,missile,cruise,5,4,,'));
    // Past validation, the database's own CHECK still refuses an impossible figure: the second night fails.
    const second = batch.nights[1]?.figures?.[0];
    if (!second) throw new Error('fixture');
    second.counts = { launched: 1, shotDown: 5, lost: 0 };
    expect(() => applyImport(db, batch, actor)).toThrow(/CHECK constraint failed/);
    expect(tableCounts(db)).toEqual(before);
    expect(db.select().from(weapons).where(eq(weapons.name, 'Lancet')).all()).toEqual([]);
  });

  it('refuses to apply a plan other than the one previewed', async () => {
    const db = openDatabase(':memory:');
    const batch = await batchOf(db, own('2023-03-01,UA,Kalibr,missile,cruise,5,4,,'));
    const previewed = previewImport(db, batch).digest;
    applyImport(db, await batchOf(db, own('2023-03-01,UA,Kalibr,missile,cruise,5,3,,')), actor);
    const before = tableCounts(db);
    expect(applyImport(db, batch, actor, { expectedDigest: previewed })).toMatchObject({ ok: false, reason: 'stale' });
    expect(tableCounts(db)).toEqual(before);
  });
});

describe('importing over existing nights', () => {
  it("replaces the night's figures, with one revision by the importing editor", async () => {
    const db = openDatabase(':memory:');
    const own = (...rows: string[]) => `${EXPORT_HEADER}\n${rows.join('\n')}\n`;
    applyImport(db, await batchOf(db, own('2023-03-01,UA,Kalibr,missile,cruise,5,4,,', '2023-03-01,UA,Kh-35,missile,anti-ship,2,2,0,')), actor);
    const outcome = applyImport(db, await batchOf(db, own('2023-03-01,UA,Kalibr,missile,cruise,6,4,1,https://example.org/post')), {
      userId: 'u1',
      label: 'editor@example.org',
    });
    expect(outcome).toMatchObject({
      ok: true,
      plan: { update: 1, nights: [{ unchangedFigures: 0, removals: [{ weapon: { name: 'Kh-35' }, counts: { launched: 2, shotDown: 2, lost: 0 } }] }] },
    });
    const night = db.select().from(nights).get();
    expect(night).toMatchObject({ version: 2, sourceUrl: 'https://example.org/post' });
    const history = db.select().from(revisions).orderBy(revisions.id).all();
    expect(history.map((revision) => [revision.action, revision.actor, revision.userId])).toEqual([
      ['create', 'import (test)', null],
      ['update', 'editor@example.org', 'u1'],
    ]);
    expect(history[1]?.before).toMatchObject({ version: 1, figures: expect.arrayContaining([expect.objectContaining({ weapon: 'Kalibr', launched: 5 })]) });
    expect(history[1]?.before).toMatchObject({ figures: expect.arrayContaining([expect.objectContaining({ weapon: 'Kh-35', launched: 2 })]) });
    expect(history[1]?.after).toMatchObject({ version: 2, figures: [{ weapon: 'Kalibr', launched: 6, shotDown: 4, lost: 1 }] });
  });
});

describe('a night in the file replaces the stored night', () => {
  const weaponId = (db: Db, slug: string) => db.select({ id: weapons.id }).from(weapons).where(eq(weapons.slug, slug)).get()!.id;
  const storedFigures = (db: Db, date: string) =>
    db
      .select({ weapon: weapons.name, launched: figures.launched, shotDown: figures.shotDown, lost: figures.lost })
      .from(figures)
      .innerJoin(nights, eq(nights.id, figures.nightId))
      .innerJoin(weapons, eq(weapons.id, figures.weaponId))
      .where(eq(nights.date, date))
      .orderBy(weapons.name)
      .all();
  const dronesLaunched = (db: Db, date: string) =>
    db
      .select({ n: sql<number | null>`sum(${figures.launched})` })
      .from(figures)
      .innerJoin(nights, eq(nights.id, figures.nightId))
      .innerJoin(weapons, eq(weapons.id, figures.weaponId))
      .where(sql`${nights.date} = ${date} and ${weapons.category} = 'drone'`)
      .get()?.n;

  it('does not count a night twice when the form and the dataset name its weapons differently', async () => {
    const db = openDatabase(':memory:');
    const saved = createNight(
      db,
      {
        date: '2025-04-26',
        target: 'UA',
        sourceName: 'Air Force of Ukraine',
        sourceUrl: 'https://t.me/kpszsu/30000',
        statement: 'Russia launched three missiles and 114 drones over Ukraine overnight.',
        notes: 'Entered from the news report.',
        figures: [
          { weaponId: weaponId(db, 'unknown-drone'), launched: 114, shotDown: 66, lost: 31 },
          { weaponId: weaponId(db, 'unknown-missile'), launched: 3, shotDown: null, lost: null },
        ],
        outcomes: unknownOutcomes(),
        qualifiers: {},
      },
      { userId: 'u1', label: 'editor@example.org' },
    );
    expect(saved.ok).toBe(true);
    const batch = await batchOf(db, fixture('missile-attacks-replace-and-telegram.csv'));
    const preview = previewImport(db, batch);
    const night = preview.nights.find((planned) => planned.date === '2025-04-26');
    expect(night).toMatchObject({
      action: 'update',
      removals: [
        { weapon: { name: 'Unknown drone' }, counts: { launched: 114, shotDown: 66, lost: 31 } },
        { weapon: { name: 'Unknown missile' }, counts: { launched: 3, shotDown: null, lost: null } },
      ],
    });
    const report = formatReportText(buildReport('excerpt.csv', batch, preview));
    expect(report).toContain('2025-04-26 UA Unknown drone: 114 launched, 66 shot down, 31 lost → removed');
    expect(report).toContain('Figures to remove: 2, on 1 night');

    const outcome = applyImport(db, batch, actor);
    expect(outcome.ok).toBe(true);
    expect(storedFigures(db, '2025-04-26')).toEqual([
      { weapon: 'Kh-31P', launched: 2, shotDown: 0, lost: null },
      { weapon: 'P-800 Oniks', launched: 1, shotDown: 0, lost: null },
      { weapon: 'Shahed-136/131', launched: 114, shotDown: 66, lost: 31 },
    ]);
    expect(dronesLaunched(db, '2025-04-26')).toBe(114);
    // The figures and source name come from the file; the editor's statement, URL and notes stay.
    expect(db.select().from(nights).where(eq(nights.date, '2025-04-26')).get()).toMatchObject({
      version: 2,
      sourceName: expect.stringContaining('Massive Missile Attacks on Ukraine'),
      sourceUrl: 'https://t.me/kpszsu/30000',
      statement: 'Russia launched three missiles and 114 drones over Ukraine overnight.',
      notes: expect.stringMatching(/^Entered from the news report\.\n\nImported from the public dataset/),
    });
    const update = db.select().from(revisions).where(eq(revisions.action, 'update')).all();
    expect(update).toHaveLength(1);
    expect(update[0]?.before).toMatchObject({ figures: expect.arrayContaining([expect.objectContaining({ weapon: 'Unknown drone', launched: 114 })]) });
    expect(update[0]?.after).toMatchObject({ figures: expect.not.arrayContaining([expect.objectContaining({ weapon: 'Unknown drone' })]) });

    const afterFirst = tableCounts(db);
    const again = applyImport(db, await batchOf(db, fixture('missile-attacks-replace-and-telegram.csv')), actor);
    expect(again).toMatchObject({ ok: true, plan: { create: 0, update: 0 } });
    expect(tableCounts(db)).toEqual(afterFirst);
  });

  it('removes a figure the publisher dropped between two imports, and leaves nights not in the file alone', async () => {
    const db = openDatabase(':memory:');
    const own = (...rows: string[]) => `${EXPORT_HEADER}\n${rows.join('\n')}\n`;
    applyImport(
      db,
      await batchOf(db, own('2023-03-01,UA,Kalibr,missile,cruise,5,4,,', '2023-03-01,UA,Kh-35,missile,anti-ship,2,2,0,', '2023-03-02,UA,Kalibr,missile,cruise,7,7,,')),
      actor,
    );
    const outcome = applyImport(db, await batchOf(db, own('2023-03-01,UA,Kalibr,missile,cruise,5,4,,')), actor);
    expect(outcome).toMatchObject({ ok: true, plan: { update: 1, unchanged: 0, create: 0 } });
    const storedNights = db.select({ date: nights.date, version: nights.version }).from(nights).orderBy(nights.date).all();
    expect(storedNights).toEqual([
      { date: '2023-03-01', version: 2 },
      { date: '2023-03-02', version: 1 },
    ]);
    expect(storedFigures(db, '2023-03-01')).toEqual([{ weapon: 'Kalibr', launched: 5, shotDown: 4, lost: null }]);
    expect(storedFigures(db, '2023-03-02')).toEqual([{ weapon: 'Kalibr', launched: 7, shotDown: 7, lost: null }]);
  });
});
