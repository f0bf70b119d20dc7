import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { exportSql } from './export-timing';
import { populate, weaponsOf } from './generate-db';
import { MAX_WEAPONS, MIN_WEAPONS, syntheticNights, type SyntheticNight, type SyntheticOptions } from './synthetic';

const weapons = Array.from({ length: 22 }, (_, i) => ({ id: i + 1, category: i < 5 ? ('drone' as const) : ('missile' as const) }));
const options = (overrides: Partial<SyntheticOptions> = {}): SyntheticOptions => ({
  seed: 7,
  endDate: '2026-02-08',
  weapons,
  limit: { nights: 2_000 },
  ...overrides,
});
const all = (o: SyntheticOptions): SyntheticNight[] => [...syntheticNights(o)];

describe('synthetic nights', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(all(options())).toEqual(all(options()));
    expect(all(options({ seed: 8 }))).not.toEqual(all(options()));
  });

  it('have 1 to 20 distinct weapons each, about 10.5 on average', () => {
    const nights = all(options());
    for (const night of nights) {
      expect(night.figures.length).toBeGreaterThanOrEqual(MIN_WEAPONS);
      expect(night.figures.length).toBeLessThanOrEqual(MAX_WEAPONS);
      expect(new Set(night.figures.map((f) => f.weaponId)).size).toBe(night.figures.length);
    }
    const mean = nights.reduce((sum, n) => sum + n.figures.length, 0) / nights.length;
    expect(mean).toBeGreaterThan(10);
    expect(mean).toBeLessThan(11);
  });

  it('keep counts whole, non-negative or unknown, with shot down + lost within launched', () => {
    const figures = all(options()).flatMap((n) => n.figures);
    for (const f of figures) {
      for (const count of [f.launched, f.shotDown, f.lost]) {
        if (count !== null) expect(Number.isInteger(count) && count >= 0).toBe(true);
      }
      if (f.launched !== null) expect((f.shotDown ?? 0) + (f.lost ?? 0)).toBeLessThanOrEqual(f.launched);
    }
    // Unknowns occur in every column, but stay occasional.
    for (const key of ['launched', 'shotDown', 'lost'] as const) {
      const unknown = figures.filter((f) => f[key] === null).length / figures.length;
      expect(unknown).toBeGreaterThan(0);
      expect(unknown).toBeLessThan(0.2);
    }
  });

  it('have one night per date and target at most, newest first, none after the end date, mostly UA', () => {
    const nights = all(options());
    const keys = nights.map((n) => `${n.target} ${n.date}`);
    expect(new Set(keys).size).toBe(nights.length);
    expect(nights[0]?.date).toBe('2026-02-08');
    expect(nights.every((n) => n.date <= '2026-02-08')).toBe(true);
    for (let i = 1; i < nights.length; i += 1) expect(nights[i]!.date <= nights[i - 1]!.date).toBe(true);
    const ua = nights.filter((n) => n.target === 'UA').length;
    expect(ua / nights.length).toBeGreaterThan(0.65);
    expect(nights.some((n) => n.target === 'RU')).toBe(true);
  });

  it('stop at exactly the number of nights or figure rows asked for', () => {
    expect(all(options({ limit: { nights: 1_100 } }))).toHaveLength(1_100);
    const figures = all(options({ limit: { figures: 12_345 } })).reduce((sum, n) => sum + n.figures.length, 0);
    expect(figures).toBe(12_345);
  });

  it('are accepted by the schema, CHECK constraints included, and read back by the export query', () => {
    const db = openDatabase(':memory:');
    const nights = [...syntheticNights({ seed: 11, endDate: '2026-02-08', weapons: weaponsOf(db), limit: { nights: 300 } })];
    const written = populate(db, nights, 11);
    expect(written.nights).toBe(300);
    const expectedFigures = nights.reduce((sum, n) => sum + n.figures.length, 0);
    expect(written.figures).toBe(expectedFigures);
    const exported = db.$client.prepare(exportSql({ from: '0000-01-01', to: '9999-12-31', target: null })).all() as { date: string }[];
    expect(exported).toHaveLength(expectedFigures);
    const dates = exported.map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
    const uaOnly = db.$client.prepare(exportSql({ from: '0000-01-01', to: '9999-12-31', target: 'UA' })).all();
    const uaFigures = nights.filter((n) => n.target === 'UA').reduce((sum, n) => sum + n.figures.length, 0);
    expect(uaOnly).toHaveLength(uaFigures);
  });
});
