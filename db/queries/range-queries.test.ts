// The dashboard's SQL must agree with lib/metrics.ts and lib/buckets.ts, figure for figure.
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { bucketOf, GRANULARITIES } from '@/lib/buckets';
import { addDays } from '@/lib/dates';
import { COMBINED_REPORTING_FROM, interceptionRate, neutralisationRate, neutralised, notStopped, sumKnown, type DatedCounts } from '@/lib/metrics';
import { outcomeOf, outcomeOfFigures, rangeNights } from '@/lib/series';
import { openDatabase, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { fetchDashboardData } from './dashboard-data';
import { fetchLatestNights } from './latest-nights';
import { fetchNightBounds } from './night-bounds';
import { fetchNightlyLaunches } from './nightly-launches';
import { bucketSql } from './range-sql';
import { fetchRangeSeries } from './range-series';
import { fetchRangeWeapons } from './range-weapons';

type Stored = { date: string; target: 'UA' | 'RU'; weaponId: number; category: 'drone' | 'missile'; counts: DatedCounts };

let db: Db;
let stored: Stored[];
const FIRST = '2025-06-01';

// A small deterministic generator over 90 nights either side of COMBINED_REPORTING_FROM (2025-07-24):
// some counts unknown, lost unknown on both sides of that date (where it means different things).
function makeRandom(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

beforeEach(() => {
  db = openDatabase(':memory:');
  stored = [];
  const random = makeRandom(7);
  const weaponRows = db.select().from(weapons).all();
  for (let day = 0; day < 90; day++) {
    if (day % 11 === 5) continue; // a few nights without a record
    const date = addDays(FIRST, day);
    for (const target of ['UA', 'RU'] as const) {
      if (target === 'RU' && day % 3 !== 0) continue;
      const nightId = db.insert(nights).values({ date, target }).returning().get().id;
      if (day === 20) continue; // a night recorded without figures
      for (const weapon of weaponRows.filter((_, i) => (i + day) % 4 === 0)) {
        const quiet = day === 31; // a night recorded with every launch known to be 0
        const launched = quiet ? 0 : random() < 0.15 ? null : Math.floor(random() * 400);
        const shotDown = random() < 0.2 ? null : Math.floor((launched ?? 50) * random() * 0.7);
        const lost = random() < 0.4 || shotDown === null ? null : Math.floor(((launched ?? 50) - shotDown) * random() * 0.5);
        db.insert(figures).values({ nightId, weaponId: weapon.id, launched, shotDown, lost }).run();
        stored.push({ date, target, weaponId: weapon.id, category: weapon.category, counts: { launched, shotDown, lost, date } });
      }
    }
  }
});

const inRange = (s: Stored, from: string, to: string) => s.target === 'UA' && s.date >= from && s.date <= to;

describe('the range queries', () => {
  it('compute the same bucket keys as lib/buckets.ts', () => {
    for (let day = 0; day < 800; day += 3) {
      const date = addDays('2024-01-01', day);
      for (const granularity of GRANULARITIES) {
        const key = db.get<{ key: string }>(sql`select ${bucketSql(sql`${date}`, granularity)} as key`).key;
        expect(key, `${date} by ${granularity}`).toBe(bucketOf(date, granularity));
      }
    }
  });

  it('generate figures with lost unknown on both sides of the combined reporting', () => {
    const lostUnknown = stored.filter((s) => s.counts.lost === null && s.counts.shotDown !== null && s.counts.launched !== null);
    expect(lostUnknown.filter((s) => s.date < COMBINED_REPORTING_FROM).length).toBeGreaterThan(20);
    expect(lostUnknown.filter((s) => s.date >= COMBINED_REPORTING_FROM).length).toBeGreaterThan(20);
  });

  it('give the totals and rates that lib/metrics gives on the same figures', () => {
    const [from, to] = ['2025-06-10', '2025-08-20'];
    expect(from < COMBINED_REPORTING_FROM && COMBINED_REPORTING_FROM < to).toBe(true);
    const mine = stored.filter((s) => inRange(s, from, to));
    const counts = mine.map((s) => s.counts);
    const weaponRows = fetchRangeWeapons({ target: 'UA', from, to }, db);
    const outcome = outcomeOf(weaponRows);
    expect(outcome.launched).toBe(sumKnown(counts.map((x) => x.launched)).sum);
    expect(outcome.shotDown).toBe(sumKnown(counts.map((x) => x.shotDown)).sum);
    expect(outcome.lost).toBe(sumKnown(counts.map((x) => x.lost)).sum);
    expect(outcome.notStopped).toBe(sumKnown(counts.map(notStopped)).sum);
    expect(outcome.neutralisationRate).toBeCloseTo(neutralisationRate(counts).rate!, 12);
    expect(outcome.interceptionRate).toBeCloseTo(interceptionRate(counts).rate!, 12);
    expect(outcome.neutralisationFigures).toBe(neutralisationRate(counts).figures);
    expect(outcome.interceptionFigures).toBe(interceptionRate(counts).figures);
    // The two bases differ exactly by the figures with lost unknown before the combined reporting.
    const leftOut = counts.filter((x) => x.launched !== null && x.shotDown !== null && x.lost === null && x.date < COMBINED_REPORTING_FROM);
    expect(leftOut.length).toBeGreaterThan(0);
    expect(outcome.interceptionFigures - outcome.neutralisationFigures).toBe(leftOut.length);

    // Weapon by weapon, too.
    for (const row of weaponRows) {
      const own = mine.filter((s) => s.weaponId === row.weaponId).map((s) => s.counts);
      const single = outcomeOf([row]);
      expect(row.notStopped, row.name).toBe(sumKnown(own.map(notStopped)).sum);
      expect(single.neutralisationRate ?? -1, row.name).toBeCloseTo(neutralisationRate(own).rate ?? -1, 12);
      expect(single.interceptionRate ?? -1, row.name).toBeCloseTo(interceptionRate(own).rate ?? -1, 12);
    }

    const nightsInRange = db.select().from(nights).where(eq(nights.target, 'UA')).all().filter((n) => n.date >= from && n.date <= to);
    const attacked = new Set(mine.filter((s) => s.counts.launched === null || s.counts.launched > 0).map((s) => s.date));
    for (const granularity of GRANULARITIES) {
      const buckets = fetchRangeSeries({ target: 'UA', from, to, granularity }, db);
      const summary = rangeNights(buckets);
      expect(summary.nights).toBe(nightsInRange.length);
      expect(summary.nightsWithAttacks).toBe(attacked.size);
      expect(summary.nightsWithAttacks).toBeLessThan(summary.nights); // the quiet night and the night without figures
      const neutralisationDates = new Set(mine.filter((s) => notStopped(s.counts) !== null).map((s) => s.date));
      expect(summary.neutralisationNights).toBe(neutralisationDates.size);
      const interceptionDates = new Set(mine.filter((s) => s.counts.launched !== null && s.counts.shotDown !== null).map((s) => s.date));
      expect(summary.interceptionNights).toBe(interceptionDates.size);
      const drones = sumKnown(mine.filter((s) => s.category === 'drone').map((s) => s.counts.launched)).sum;
      expect(sumKnown(buckets.map((b) => b.droneLaunched)).sum).toBe(drones);
      const perNight = new Map<string, number>();
      for (const s of mine) if (s.category === 'missile' && s.counts.launched !== null) perNight.set(s.date, (perNight.get(s.date) ?? 0) + s.counts.launched);
      expect(summary.largestMissile?.count).toBe(Math.max(...perNight.values()));
      expect(perNight.get(summary.largestMissile!.date)).toBe(summary.largestMissile!.count);

      // Bucket by bucket: not stopped and the neutralisation rate's basis, on both sides of the date.
      for (const bucket of buckets) {
        const own = mine.filter((s) => bucketOf(s.date, granularity) === bucket.bucket).map((s) => s.counts);
        const label = `${bucket.bucket} by ${granularity}`;
        expect(bucket.notStopped, label).toBe(sumKnown(own.map(notStopped)).sum);
        const basis = own.filter((x) => x.launched !== null && neutralised(x) !== null);
        expect(bucket.neutralisationLaunched, label).toBe(sumKnown(basis.map((x) => x.launched)).sum);
        expect(bucket.interceptionLaunched, label).toBe(sumKnown(own.filter((x) => x.shotDown !== null).map((x) => x.launched)).sum);
      }
    }

    // The latest nights, straddling the date.
    const latest = fetchLatestNights({ target: 'UA', from: '2025-07-15', to: '2025-08-02' }, 20, db);
    expect(latest.some((n) => n.date < COMBINED_REPORTING_FROM) && latest.some((n) => n.date >= COMBINED_REPORTING_FROM)).toBe(true);
    for (const night of latest) {
      const own = stored.filter((s) => s.target === 'UA' && s.date === night.date).map((s) => s.counts);
      expect(night.notStopped, night.date).toBe(sumKnown(own.map(notStopped)).sum);
      expect(night.figures, night.date).toBe(own.length);
      expect(night.notStoppedFigures, night.date).toBe(own.filter((x) => notStopped(x) !== null).length);
    }
  });

  it('keep unknown as unknown: a range with launches never given has launched null, not 0', () => {
    const db2 = openDatabase(':memory:');
    const weapon = db2.select().from(weapons).where(eq(weapons.slug, 'unknown-drone')).get()!;
    const nightId = db2.insert(nights).values({ date: '2025-06-10', target: 'RU' }).returning().get().id;
    db2.insert(figures).values({ nightId, weaponId: weapon.id, launched: null, shotDown: 45, lost: null }).run();
    const range = { target: 'RU' as const, from: '2025-06-01', to: '2025-06-30' };
    const outcome = outcomeOf(fetchRangeWeapons(range, db2));
    expect(outcome).toMatchObject({ launched: null, shotDown: 45, lost: null, notStopped: null, neutralisationRate: null });
    const [only] = fetchRangeSeries({ ...range, granularity: 'month' }, db2);
    expect(only).toMatchObject({
      nights: 1,
      nightsWithAttacks: 1,
      nightsLaunchedUnknown: 1,
      droneLaunched: null,
      shotDown: 45,
      neutralisationNights: 0,
      interceptionNights: 0,
      largestDrone: null,
    });
    expect(fetchNightlyLaunches(range, db2)).toEqual([{ date: '2025-06-10', launched: null }]);
    expect(fetchLatestNights(range, 10, db2)).toEqual([
      { date: '2025-06-10', missileLaunched: null, droneLaunched: null, shotDown: 45, lost: null, notStopped: null, figures: 1, notStoppedFigures: 0 },
    ]);
  });

  it('answer an empty range with nothing, not zeros', () => {
    const range = { target: 'UA' as const, from: '2030-01-01', to: '2030-12-31' };
    expect(fetchRangeSeries({ ...range, granularity: 'week' }, db)).toEqual([]);
    expect(fetchRangeWeapons(range, db)).toEqual([]);
    expect(fetchLatestNights(range, 10, db)).toEqual([]);
    expect(outcomeOf([]).launched).toBeNull();
  });

  it('list the latest nights of the range, newest first', () => {
    const latest = fetchLatestNights({ target: 'UA', from: '2025-06-01', to: '2025-06-30' }, 5, db);
    const june = db.select().from(nights).where(eq(nights.target, 'UA')).all().map((n) => n.date).filter((d) => d <= '2025-06-30');
    expect(latest.map((n) => n.date)).toEqual(june.sort().reverse().slice(0, 5));
    expect(latest.map((n) => n.date)).not.toContain('2025-06-28'); // no record that night
    const drones = sumKnown(stored.filter((s) => s.target === 'UA' && s.date === '2025-06-30' && s.category === 'drone').map((s) => s.counts.launched)).sum;
    expect(latest[0]!.droneLaunched).toBe(drones);
  });

  it('find the first and last recorded night of a target', () => {
    expect(fetchNightBounds('UA', db)).toEqual({ first: FIRST, last: addDays(FIRST, 89) });
    expect(fetchNightBounds('RU', openDatabase(':memory:'))).toBeNull();
  });
});

describe('the breakdown by weapon over years', () => {
  // Sparse nights over 2021–2026: whole years come from weapon_year_totals, the days around them and
  // 2025 (cut by COMBINED_REPORTING_FROM) from figures; every way must agree with lib/metrics.
  it('gives what lib/metrics gives, for ranges of whole years, cut years and odd edges', () => {
    const db3 = openDatabase(':memory:');
    const random = makeRandom(11);
    const weaponRows = db3.select().from(weapons).all();
    const mine: Stored[] = [];
    for (let day = 0; day < 6 * 366; day += 1 + Math.floor(random() * 6)) {
      const date = addDays('2021-01-01', day);
      if (date > '2026-11-30') break;
      const target = random() < 0.8 ? ('UA' as const) : ('RU' as const);
      const nightId = db3.insert(nights).values({ date, target }).returning().get().id;
      for (const weapon of weaponRows.filter(() => random() < 0.25)) {
        const launched = random() < 0.15 ? null : Math.floor(random() * 400);
        const shotDown = random() < 0.2 ? null : Math.floor((launched ?? 50) * random() * 0.7);
        const lost = random() < 0.4 || shotDown === null ? null : Math.floor(((launched ?? 50) - shotDown) * random() * 0.5);
        db3.insert(figures).values({ nightId, weaponId: weapon.id, launched, shotDown, lost }).run();
        mine.push({ date, target, weaponId: weapon.id, category: weapon.category, counts: { launched, shotDown, lost, date } });
      }
    }
    const ranges = [
      ['2021-01-01', '2026-11-30'],
      ['2022-01-01', '2024-12-31'],
      ['2021-03-17', '2026-02-02'],
      ['2024-06-01', '2025-12-31'],
      ['2025-01-01', '2025-12-31'],
      ['2023-12-31', '2024-01-01'],
    ];
    for (const [from, to] of ranges as [string, string][]) {
      const own = mine.filter((s) => inRange(s, from, to));
      const rows = fetchRangeWeapons({ target: 'UA', from, to }, db3);
      const label = `${from}…${to}`;
      expect(rows.reduce((n, r) => n + r.figures, 0), label).toBe(own.length);
      for (const row of rows) {
        const counts = own.filter((s) => s.weaponId === row.weaponId).map((s) => s.counts);
        const expected = outcomeOfFigures(counts);
        const got = outcomeOf([row]);
        const name = `${row.name}, ${label}`;
        expect({ ...got, neutralisationRate: null, interceptionRate: null }, name).toEqual({ ...expected, neutralisationRate: null, interceptionRate: null });
        expect(got.neutralisationRate ?? -1, name).toBeCloseTo(expected.neutralisationRate ?? -1, 12);
        expect(got.interceptionRate ?? -1, name).toBeCloseTo(expected.interceptionRate ?? -1, 12);
      }
    }
    db3.$client.close();
  });
});

describe('the dashboard memo', () => {
  it('answers again from memory until the data changes', () => {
    const query = { target: 'UA' as const, from: '2025-06-01', to: '2025-06-30', granularity: 'week' as const, chartSpan: { from: '2025-06-01', to: '2025-06-30' } };
    const first = fetchDashboardData(query, db);
    expect(fetchDashboardData(query, db)).toBe(first);
    const weapon = db.select().from(weapons).where(eq(weapons.slug, 'decoy-drone')).get()!;
    const night = db.insert(nights).values({ date: '2025-06-16', target: 'UA' }).onConflictDoNothing().returning().get()
      ?? db.select().from(nights).where(sql`${nights.date} = '2025-06-16' and ${nights.target} = 'UA'`).get()!;
    db.insert(figures).values({ nightId: night.id, weaponId: weapon.id, launched: 1000, shotDown: 1, lost: null }).onConflictDoNothing().run();
    const after = fetchDashboardData(query, db);
    expect(after).not.toBe(first);
    expect(outcomeOf(after.weapons).launched).toBe((outcomeOf(first.weapons).launched ?? 0) + 1000);
  });
});
