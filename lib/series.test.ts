import { describe, expect, it } from 'vitest';
import type { Counts } from './domain';
import { interceptionRate, neutralisationRate, notStopped } from './metrics';
import {
  averagePerDay,
  byClass,
  outcomeOf,
  outcomeOfFigures,
  rangeNights,
  rollingLaunches,
  seriesPoints,
  type BucketTotals,
  type WeaponTotals,
} from './series';

/** What SQL would give for one weapon's figures (the queries' own tests check SQL against this). */
function weaponTotals(name: string, category: 'drone' | 'missile', weaponClass: string, counts: Counts[]): WeaponTotals {
  const known = (xs: (number | null)[]) => {
    const k = xs.filter((x): x is number => x !== null);
    return k.length ? k.reduce((a, b) => a + b, 0) : null;
  };
  const basis = counts.filter((c) => c.launched !== null && c.shotDown !== null);
  return {
    weaponId: name.length,
    name,
    category,
    weaponClass,
    figures: counts.length,
    launchedKnown: counts.filter((c) => c.launched !== null).length,
    launched: known(counts.map((c) => c.launched)),
    shotDown: known(counts.map((c) => c.shotDown)),
    lost: known(counts.map((c) => c.lost)),
    notStopped: known(counts.map(notStopped)),
    basisLaunched: known(basis.map((c) => c.launched)),
    basisShotDown: known(basis.map((c) => c.shotDown)),
    basisFigures: basis.length,
  };
}

const c = (launched: number | null, shotDown: number | null, lost: number | null): Counts => ({ launched, shotDown, lost });

describe('outcomes over weapons', () => {
  const shahed = [c(114, 66, 31), c(208, 183, null), c(null, 45, null)];
  const kalibr = [c(3, null, null), c(5, 4, null)];
  const rows = [
    weaponTotals('Shahed', 'drone', 'attack', shahed),
    weaponTotals('Kalibr', 'missile', 'cruise', kalibr),
    weaponTotals('Kh-101', 'missile', 'cruise', [c(null, null, null)]),
  ];

  it('agrees with lib/metrics on the rates, with unknown counts left out', () => {
    const all = [...shahed, ...kalibr];
    const outcome = outcomeOf(rows);
    expect(outcome.neutralisationRate).toBeCloseTo(neutralisationRate(all).rate!, 12);
    expect(outcome.interceptionRate).toBeCloseTo(interceptionRate(all).rate!, 12);
    expect(outcome).toMatchObject({ launched: 114 + 208 + 3 + 5, shotDown: 66 + 183 + 45 + 4, lost: 31, figures: 6, launchedKnown: 4, basisFigures: 3 });
    expect(outcome.notStopped).toBe(17 + 25 + 1);
  });

  it('comes out the same from per-weapon sums and from the figures themselves', () => {
    const fromFigures = outcomeOfFigures([...shahed, ...kalibr, c(null, null, null)]);
    const fromSums = outcomeOf(rows);
    expect(fromFigures).toEqual({
      ...fromSums,
      neutralisationRate: expect.closeTo(fromSums.neutralisationRate!, 12),
      interceptionRate: expect.closeTo(fromSums.interceptionRate!, 12),
    });
  });

  it('keeps a sum of nothing known unknown, never 0', () => {
    const outcome = outcomeOf([rows[2]!]);
    expect(outcome).toMatchObject({ launched: null, shotDown: null, lost: null, notStopped: null, neutralisationRate: null, interceptionRate: null });
    expect(outcomeOf([])).toMatchObject({ launched: null, figures: 0, neutralisationRate: null });
  });

  it('groups weapons by class, the most launched first', () => {
    const classes = byClass(rows);
    expect(classes.map((x) => x.weaponClass)).toEqual(['attack', 'cruise']);
    expect(classes[1]!.outcome.launched).toBe(8);
  });
});

const bucket = (over: Partial<BucketTotals> & { bucket: string }): BucketTotals => ({
  nights: 1,
  nightsLaunchedUnknown: 0,
  droneLaunched: null,
  missileLaunched: null,
  shotDown: null,
  lost: null,
  notStopped: null,
  basisLaunched: null,
  basisShotDown: null,
  basisNights: 0,
  largestDrone: null,
  largestMissile: null,
  ...over,
});

describe('series', () => {
  const rows = [
    bucket({ bucket: '2025-06-16', nights: 3, droneLaunched: 300, basisLaunched: 300, notStopped: 30, basisShotDown: 200, basisNights: 3, largestDrone: { date: '2025-06-17', count: 200 } }),
    bucket({ bucket: '2025-06-30', nights: 2, droneLaunched: 100, missileLaunched: 9, largestDrone: { date: '2025-07-01', count: 90 }, largestMissile: { date: '2025-07-01', count: 9 } }),
  ];

  it('has a point for every bucket, with gaps (null) where nothing was recorded', () => {
    const points = seriesPoints(rows, { from: '2025-06-17', to: '2025-07-01' }, 'week');
    expect(points.map((p) => p.bucket)).toEqual(['2025-06-16', '2025-06-23', '2025-06-30']);
    expect(points[0]).toMatchObject({ drone: 300, missile: null, neutralisationRate: 0.9, interceptionRate: 200 / 300, nights: 3 });
    expect(points[1]).toMatchObject({ drone: null, nights: 0, neutralisationRate: null });
    expect(points[2]).toMatchObject({ drone: 100, missile: 9, neutralisationRate: null });
  });

  it('is empty for an empty range', () => {
    expect(seriesPoints([], { from: '2025-07-02', to: '2025-07-01' }, 'night')).toEqual([]);
    expect(rangeNights([])).toEqual({ nights: 0, basisNights: 0, largestDrone: null, largestMissile: null });
  });

  it('finds the largest nights across buckets and counts the nights', () => {
    expect(rangeNights(rows)).toMatchObject({
      nights: 5,
      basisNights: 3,
      largestDrone: { date: '2025-06-17', count: 200 },
      largestMissile: { date: '2025-07-01', count: 9 },
    });
  });
});

describe('7-day rolling average of launches', () => {
  const nights = [
    { date: '2025-06-01', launched: 70 },
    { date: '2025-06-02', launched: 7 },
    { date: '2025-06-04', launched: 14 },
    { date: '2025-06-09', launched: null },
  ];

  it('averages the trailing seven days, a day without a night counting as none launched', () => {
    const points = rollingLaunches(nights, { from: '2025-06-07', to: '2025-06-08' });
    expect(points).toEqual([
      { bucket: '2025-06-07', label: '7 Jun 2025', launched: null, average: (70 + 7 + 14) / 7 },
      { bucket: '2025-06-08', label: '8 Jun 2025', launched: null, average: (7 + 14) / 7 },
    ]);
  });

  it('is unknown while a window holds a night with unknown launches, or days before records began', () => {
    const points = rollingLaunches(nights, { from: '2025-06-01', to: '2025-06-16' }, { recordsFrom: '2025-06-01' });
    expect(points[0]!.average).toBeNull(); // 26–31 May: before the first recorded night
    expect(points.find((p) => p.bucket === '2025-06-09')!.average).toBeNull();
    expect(points.find((p) => p.bucket === '2025-06-15')!.average).toBeNull();
    expect(points.find((p) => p.bucket === '2025-06-16')!.average).toBe(0);
    expect(rollingLaunches(nights, { from: '2025-06-02', to: '2025-06-01' })).toEqual([]);
  });

  it('gives the average per day of each week or month on long spans', () => {
    const rows = [
      bucket({ bucket: '2025-06-16', nights: 2, droneLaunched: 60, missileLaunched: 10 }),
      bucket({ bucket: '2025-06-23', nights: 2, nightsLaunchedUnknown: 1, droneLaunched: 10 }),
    ];
    const points = averagePerDay(rows, { from: '2025-06-19', to: '2025-07-02' }, 'week');
    // 19–22 June: four days of the first week fall in the span.
    expect(points.map((p) => p.average)).toEqual([70 / 4, null, 0]);
  });
});
