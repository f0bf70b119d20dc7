import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { openDatabase, type Db } from './client';
import { figures, nights, weapons } from './schema';
import { seedWeapons } from './writes/seed-weapons';

let db: Db;
let nightId: number;
let weaponId: number;

beforeEach(() => {
  db = openDatabase(':memory:');
  nightId = db.insert(nights).values({ date: '2025-04-26', target: 'UA' }).returning().get().id;
  weaponId = db.select().from(weapons).where(eq(weapons.slug, 'shahed-136-131')).get()!.id;
});

const insertFigure = (counts: { launched: number | null; shotDown: number | null; lost: number | null }) =>
  db.insert(figures).values({ nightId, weaponId, ...counts }).run();

describe('the database refuses impossible figures', () => {
  it('refuses a negative count', () => {
    expect(() => insertFigure({ launched: -1, shotDown: null, lost: null })).toThrow(/CHECK constraint failed/);
    expect(() => insertFigure({ launched: 5, shotDown: -1, lost: null })).toThrow(/CHECK constraint failed/);
    expect(() => insertFigure({ launched: 5, shotDown: 1, lost: -2 })).toThrow(/CHECK constraint failed/);
  });

  it('refuses shot_down + lost > launched', () => {
    expect(() => insertFigure({ launched: 114, shotDown: 66, lost: 49 })).toThrow(/figures_accounting_check/);
    expect(() => insertFigure({ launched: 3, shotDown: 4, lost: null })).toThrow(/figures_accounting_check/);
  });

  it('refuses a fractional count', () => {
    expect(() => insertFigure({ launched: 1.5, shotDown: null, lost: null })).toThrow(/CHECK constraint failed/);
  });

  it('keeps unknown counts as NULL, not 0', () => {
    insertFigure({ launched: 114, shotDown: 66, lost: 31 });
    const otherWeapon = db.select().from(weapons).where(eq(weapons.slug, 'unknown-missile')).get()!;
    db.insert(figures).values({ nightId, weaponId: otherWeapon.id, launched: 3, shotDown: null, lost: null }).run();
    const rows = db.select().from(figures).where(eq(figures.weaponId, otherWeapon.id)).all();
    expect(rows).toEqual([expect.objectContaining({ launched: 3, shotDown: null, lost: null })]);
  });

  it('allows one night per date and target, and one row per weapon in a night', () => {
    expect(() => db.insert(nights).values({ date: '2025-04-26', target: 'UA' }).run()).toThrow(/UNIQUE/);
    db.insert(nights).values({ date: '2025-04-26', target: 'RU' }).run();
    insertFigure({ launched: 1, shotDown: 1, lost: 0 });
    expect(() => insertFigure({ launched: 2, shotDown: null, lost: null })).toThrow(/UNIQUE/);
  });

  it('refuses an unknown target and a malformed date', () => {
    expect(() => db.insert(nights).values({ date: '2025-04-27', target: 'XX' as 'UA' }).run()).toThrow(/CHECK/);
    expect(() => db.insert(nights).values({ date: '26/04/2025', target: 'UA' }).run()).toThrow(/CHECK/);
  });
});

describe('weapon seed', () => {
  it('installs every seed weapon once, however often it runs', () => {
    seedWeapons(db);
    seedWeapons(db);
    const rows = db.select().from(weapons).all();
    expect(rows).toHaveLength(SEED_WEAPONS.length);
    expect(rows.find((w) => w.slug === 'kh-101-kh-555')).toMatchObject({ category: 'missile', weaponClass: 'cruise' });
  });

  it('leaves an edited seed weapon alone', () => {
    db.update(weapons).set({ name: 'Shahed (edited)' }).where(eq(weapons.id, weaponId)).run();
    seedWeapons(db);
    expect(db.select().from(weapons).where(eq(weapons.id, weaponId)).get()!.name).toBe('Shahed (edited)');
  });

  it('runs with foreign keys on and WAL requested', () => {
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(10000);
  });
});
