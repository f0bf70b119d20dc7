// Migrations on a database made by an earlier release: every night, figure and revision survives, and
// the new columns start unknown (NULL), never 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client';

const MIGRATIONS = path.join(process.cwd(), 'drizzle');
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-migrate-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of drizzle/ holding only the first `count` migrations: what an earlier release shipped. */
function migrationsUpTo(count: number): string {
  const folder = path.join(dir, `drizzle-${count}`);
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('a database made by the first release', () => {
  it('keeps every night, figure and revision through the migrations, with the new figures unknown', () => {
    const file = path.join(dir, 'old.db');
    const old = openDatabase(file, migrationsUpTo(1));
    const night = old.$client
      .prepare("insert into nights (date, target, notes) values ('2025-04-26', 'UA', 'kept') returning id")
      .get() as { id: number };
    const weaponIds = (old.$client.prepare('select id from weapons order by id limit 3').all() as { id: number }[]).map((w) => w.id);
    const insertFigure = old.$client.prepare('insert into figures (night_id, weapon_id, launched, shot_down, lost) values (?, ?, ?, ?, ?)');
    insertFigure.run(night.id, weaponIds[0], 114, 66, 31);
    insertFigure.run(night.id, weaponIds[1], 3, null, null);
    old.$client
      .prepare("insert into revisions (night_date, night_target, action, actor, after) values ('2025-04-26', 'UA', 'create', 'test', '{}')")
      .run();
    old.$client.close();

    const migrated = openDatabase(file);
    const rows = migrated.$client.prepare('select launched, shot_down, lost from figures order by launched desc').all();
    expect(rows).toEqual([
      { launched: 114, shot_down: 66, lost: 31 },
      { launched: 3, shot_down: null, lost: null },
    ]);
    const kept = migrated.$client
      .prepare('select notes, hits_missile, hits_drone, places_hit, places_debris, shaheds, shaheds_qualifier from nights')
      .get();
    expect(kept).toEqual({
      notes: 'kept',
      hits_missile: null,
      hits_drone: null,
      places_hit: null,
      places_debris: null,
      shaheds: null,
      shaheds_qualifier: null,
    });
    expect(migrated.$client.prepare('select count(*) as n from revisions').get()).toEqual({ n: 1 });
    // Foreign keys are back on after migrating: deleting the night still takes its figures with it.
    expect(migrated.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    migrated.$client.prepare('delete from nights').run();
    expect(migrated.$client.prepare('select count(*) as n from figures').get()).toEqual({ n: 0 });
    migrated.$client.close();
  });

  it('refuses impossible night outcomes after migrating', () => {
    const db = openDatabase(path.join(dir, 'new.db'));
    const insert = (columns: string, values: string) =>
      db.$client.prepare(`insert into nights (date, target, ${columns}) values ('2025-07-01', 'UA', ${values})`).run();
    expect(() => insert('shaheds', '-1')).toThrow(/nights_shaheds_check/);
    expect(() => insert('places_hit', '1.5')).toThrow(/nights_places_hit_check/);
    expect(() => insert('shaheds_qualifier', "'about'")).toThrow(/nights_shaheds_qualifier_check/);
    expect(() => insert('shaheds, shaheds_qualifier', "200, 'roughly'")).toThrow(/nights_shaheds_qualifier_check/);
    insert('shaheds, shaheds_qualifier, places_debris', "200, 'about', 0");
    expect(db.$client.prepare('select shaheds, shaheds_qualifier, places_debris, hits_drone from nights').get()).toEqual({
      shaheds: 200,
      shaheds_qualifier: 'about',
      places_debris: 0,
      hits_drone: null,
    });
    db.$client.close();
  });
});
