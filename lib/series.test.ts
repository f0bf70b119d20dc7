import { describe, expect, it } from 'vitest';
import { COMBINED_REPORTING_FROM, interceptionRate, neutralisationRate, neutralised, notStopped, type DatedCounts } from './metrics';
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
import { periodLabeller } from './period-labels';

// English names, as the "charts" catalogue words them.
const names = periodLabeller('en', {
  week: (date) => `week of ${date}`,
  partial: (label, days, of) => `${label} (partial: ${days} of ${of} days)`,
});
/** Buckets as SQL lists them (db/queries/range-buckets.ts, tested there): first day, days in the span, length. */
const spans = (...list: [string, number, number][]) => list.map(([bucket, days, of]) => ({ bucket, days, of }));
// 17 Jun (a Tuesday) to 1 Jul (a Tuesday): six of the first week's days, two of the last's.
const JUNE_WEEKS = spans(['2025-06-16', 6, 7], ['2025-06-23', 7, 7], ['2025-06-30', 2, 7]);

/** What SQL would give for one weapon's figures (the queries' own tests check SQL against this). */
function weaponTotals(name: string, category: 'drone' | 'missile', weaponClass: WeaponTotals['weaponClass'], counts: DatedCounts[]): WeaponTotals {
  const known = (xs: (number | null)[]) => {
    const k = xs.filter((x): x is number => x !== null);
    return k.length ? k.reduce((a, b) => a + b, 0) : null;
  };
  const interception = counts.filter((c) => c.launched !== null && c.shotDown !== null);
  const neutralisation = counts.filter((c) => c.launched !== null && neutralised(c) !== null);
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
    neutralisationLaunched: known(neutralisation.map((c) => c.launched)),
    neutralisationFigures: neutralisation.length,
    interceptionLaunched: known(interception.map((c) => c.launched)),
    interceptionShotDown: known(interception.map((c) => c.shotDown)),
    interceptionFigures: interception.length,
  };
}

const c = (launched: number | null, shotDown: number | null, lost: number | null, date = '2025-04-26'): DatedCounts => ({ launched, shotDown, lost, date });

describe('outcomes over weapons', () => {
  // 208/183/unknown is the combined figure (lost included); Kalibr 5/4/unknown before it is left out of
  // the neutralisation rate and not stopped, but counts for the interception rate.
  const shahed = [c(114, 66, 31), c(208, 183, null, COMBINED_REPORTING_FROM), c(null, 45, null)];
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
    expect(outcome).toMatchObject({
      launched: 114 + 208 + 3 + 5,
      shotDown: 66 + 183 + 45 + 4,
      lost: 31,
      figures: 6,
      launchedKnown: 4,
      neutralisationFigures: 2,
      interceptionFigures: 3,
    });
    expect(outcome.notStopped).toBe(17 + 25);
    expect(outcome.neutralisationRate).toBeCloseTo((97 + 183) / (114 + 208), 12);
    expect(outcome.interceptionRate).toBeCloseTo((66 + 183 + 4) / (114 + 208 + 5), 12);
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
  nightsWithAttacks: 1,
  nightsLaunchedUnknown: 0,
  droneLaunched: null,
  missileLaunched: null,
  shotDown: null,
  lost: null,
  notStopped: null,
  neutralisationLaunched: null,
  neutralisationNights: 0,
  interceptionLaunched: null,
  interceptionShotDown: null,
  interceptionNights: 0,
  largestDrone: null,
  largestMissile: null,
  ...over,
});

describe('series', () => {
  const rows = [
    bucket({
      bucket: '2025-06-16',
      nights: 3,
      nightsWithAttacks: 2,
      droneLaunched: 300,
      // Each rate over its own basis: one figure (20 launched) has lost unknown before the combined reporting.
      neutralisationLaunched: 280,
      notStopped: 28,
      neutralisationNights: 2,
      interceptionLaunched: 300,
      interceptionShotDown: 200,
      interceptionNights: 3,
      largestDrone: { date: '2025-06-17', count: 200 },
    }),
    bucket({ bucket: '2025-06-30', nights: 2, droneLaunched: 100, missileLaunched: 9, largestDrone: { date: '2025-07-01', count: 90 }, largestMissile: { date: '2025-07-01', count: 9 } }),
  ];

  it('has a point for every bucket, with gaps (null) where nothing was recorded', () => {
    const points = seriesPoints(rows, JUNE_WEEKS, 'week', names);
    expect(points.map((p) => p.bucket)).toEqual(['2025-06-16', '2025-06-23', '2025-06-30']);
    expect(points[0]).toMatchObject({ drone: 300, missile: null, neutralisationRate: 0.9, interceptionRate: 200 / 300, nights: 3 });
    expect(points[1]).toMatchObject({ drone: null, nights: 0, neutralisationRate: null });
    expect(points[2]).toMatchObject({ drone: 100, missile: 9, neutralisationRate: null });
  });

  it('marks the periods the span cuts as partial, without changing their figures', () => {
    const points = seriesPoints(rows, JUNE_WEEKS, 'week', names);
    expect(points.map((p) => [p.partial, p.days, p.periodDays])).toEqual([
      [true, 6, 7],
      [false, 7, 7],
      [true, 2, 7],
    ]);
    expect(points[0]!.label).toBe('week of 16 Jun 2025 (partial: 6 of 7 days)');
    expect(points[1]!.label).toBe('week of 23 Jun 2025');
    expect(points[2]!.label).toBe('week of 30 Jun 2025 (partial: 2 of 7 days)');
    expect(points[0]).toMatchObject({ drone: 300, nights: 3 });
    const whole = seriesPoints(rows, spans(['2025-06-16', 7, 7], ['2025-06-23', 7, 7], ['2025-06-30', 7, 7]), 'week', names);
    expect(whole.map((p) => p.partial)).toEqual([false, false, false]);
    expect(whole.map((p) => p.drone)).toEqual(points.map((p) => p.drone));

    // The review's example: 2025-01-01..2025-03-31 by week.
    const weeks = seriesPoints([], spans(['2024-12-30', 5, 7], ['2025-01-06', 7, 7], ['2025-03-31', 1, 7]), 'week', names);
    expect(weeks[0]).toMatchObject({ bucket: '2024-12-30', partial: true, days: 5, label: 'week of 30 Dec 2024 (partial: 5 of 7 days)', tick: '30 Dec' });
    expect(weeks.at(-1)).toMatchObject({ bucket: '2025-03-31', partial: true, days: 1, label: 'week of 31 Mar 2025 (partial: 1 of 7 days)' });
    expect(weeks[1]!.partial).toBe(false);
    const months = seriesPoints([], spans(['2024-02-01', 20, 29], ['2024-03-01', 31, 31], ['2024-04-01', 30, 30]), 'month', names);
    expect(months.map((p) => p.label)).toEqual(['February 2024 (partial: 20 of 29 days)', 'March 2024', 'April 2024']);
    expect(months.map((p) => p.tick)).toEqual(['Feb 24', 'Mar 24', 'Apr 24']);
  });

  it('is empty for an empty range', () => {
    expect(seriesPoints([], [], 'night', names)).toEqual([]);
    expect(rangeNights([])).toEqual({ nights: 0, nightsWithAttacks: 0, neutralisationNights: 0, interceptionNights: 0, largestDrone: null, largestMissile: null });
  });

  it('finds the largest nights across buckets and counts the nights', () => {
    expect(rangeNights(rows)).toMatchObject({
      nights: 5,
      nightsWithAttacks: 3,
      neutralisationNights: 2,
      interceptionNights: 3,
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
    const points = rollingLaunches(nights, { from: '2025-06-07', to: '2025-06-08' }, names);
    expect(points).toEqual([
      { bucket: '2025-06-07', label: '7 Jun 2025', tick: '7 Jun', days: 1, periodDays: 1, partial: false, launched: null, average: (70 + 7 + 14) / 7 },
      { bucket: '2025-06-08', label: '8 Jun 2025', tick: '8 Jun', days: 1, periodDays: 1, partial: false, launched: null, average: (7 + 14) / 7 },
    ]);
  });

  it('is unknown while a window holds a night with unknown launches, or days before records began', () => {
    const points = rollingLaunches(nights, { from: '2025-06-01', to: '2025-06-16' }, names, { recordsFrom: '2025-06-01' });
    expect(points[0]!.average).toBeNull(); // 26–31 May: before the first recorded night
    expect(points.find((p) => p.bucket === '2025-06-09')!.average).toBeNull();
    expect(points.find((p) => p.bucket === '2025-06-15')!.average).toBeNull();
    expect(points.find((p) => p.bucket === '2025-06-16')!.average).toBe(0);
    expect(rollingLaunches(nights, { from: '2025-06-02', to: '2025-06-01' }, names)).toEqual([]);
  });

  it('gives the average per day of each week or month on long spans', () => {
    const rows = [
      bucket({ bucket: '2025-06-16', nights: 2, droneLaunched: 60, missileLaunched: 10 }),
      bucket({ bucket: '2025-06-23', nights: 2, nightsLaunchedUnknown: 1, droneLaunched: 10 }),
    ];
    const points = averagePerDay(rows, spans(['2025-06-16', 4, 7], ['2025-06-23', 7, 7], ['2025-06-30', 3, 7]), 'week', names);
    // 19–22 June: four days of the first week fall in the span.
    expect(points.map((p) => p.average)).toEqual([70 / 4, null, 0]);
    expect(points.map((p) => p.label)).toEqual([
      'week of 16 Jun 2025 (partial: 4 of 7 days)',
      'week of 23 Jun 2025',
      'week of 30 Jun 2025 (partial: 3 of 7 days)',
    ]);
  });
});
