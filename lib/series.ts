// Shapes the dashboard's SQL aggregates into what the charts and headline show. Everything here works
// on sums already made by SQL (one row per bucket, per weapon or per night), never on raw figures.
// Unknown stays null: a sum of nothing known is null, and a rate with nothing to divide by is null.
import { coverageOf, type BucketSpan, type Granularity } from './buckets';
import { addDays, daysBetween } from './dates';
import type { PeriodLabeller } from './period-labels';
import type { Category, WeaponClass } from './domain';
import { interceptionRate, neutralisationRate, notStopped, ratio, rollingAverage, sumKnown, type DatedCounts } from './metrics';

/** A night's count with its date, e.g. the largest night by drones. */
export type DatedCount = { date: string; count: number };

/** Sums over the nights of one bucket (one row of the series query). */
export type BucketTotals = {
  bucket: string;
  nights: number;
  /** Nights with a weapon launched (above 0) or a weapon row whose launches are not given. */
  nightsWithAttacks: number;
  /** Nights whose launches are not known for any weapon. */
  nightsLaunchedUnknown: number;
  droneLaunched: number | null;
  missileLaunched: number | null;
  shotDown: number | null;
  lost: number | null;
  /** Over figures whose not-stopped count is known (lib/metrics.ts): the neutralisation rate's basis. */
  notStopped: number | null;
  neutralisationLaunched: number | null;
  /** Nights with at least one figure in the neutralisation rate's basis. */
  neutralisationNights: number;
  /** Over figures with both launched and shot down known: the interception rate's basis. */
  interceptionLaunched: number | null;
  interceptionShotDown: number | null;
  /** Nights with at least one figure in the interception rate's basis. */
  interceptionNights: number;
  largestDrone: DatedCount | null;
  largestMissile: DatedCount | null;
};

/** Sums over every figure of one weapon in the range (one row of the weapons query). */
export type WeaponTotals = {
  weaponId: number;
  name: string;
  category: Category;
  weaponClass: WeaponClass;
  figures: number;
  launchedKnown: number;
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
  notStopped: number | null;
  neutralisationLaunched: number | null;
  neutralisationFigures: number;
  interceptionLaunched: number | null;
  interceptionShotDown: number | null;
  interceptionFigures: number;
};

export type Rate = { rate: number | null; nights: number };

export type Outcome = {
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
  notStopped: number | null;
  /** Figures in the sums, and how many of them give launched. */
  figures: number;
  launchedKnown: number;
  /** Figures in each rate's basis (not stopped known; launched and shot down known). */
  neutralisationFigures: number;
  interceptionFigures: number;
  neutralisationRate: number | null;
  interceptionRate: number | null;
};

const sum = (values: (number | null)[]) => sumKnown(values).sum;

/** Neutralisation rate: (shot down + lost) ÷ launched over its basis, where neutralised = launched − not stopped. */
export function neutralisationFrom(basisLaunched: number | null, notStopped: number | null): number | null {
  if (basisLaunched === null || notStopped === null) return null;
  return ratio(basisLaunched - notStopped, basisLaunched);
}

/** Adds up weapons (all of them, or one category's, or one class's) into one outcome. */
export function outcomeOf(rows: readonly WeaponTotals[]): Outcome {
  const notStopped = sum(rows.map((r) => r.notStopped));
  const interceptionLaunched = sum(rows.map((r) => r.interceptionLaunched));
  return {
    launched: sum(rows.map((r) => r.launched)),
    shotDown: sum(rows.map((r) => r.shotDown)),
    lost: sum(rows.map((r) => r.lost)),
    notStopped,
    figures: rows.reduce((n, r) => n + r.figures, 0),
    launchedKnown: rows.reduce((n, r) => n + r.launchedKnown, 0),
    neutralisationFigures: rows.reduce((n, r) => n + r.neutralisationFigures, 0),
    interceptionFigures: rows.reduce((n, r) => n + r.interceptionFigures, 0),
    neutralisationRate: neutralisationFrom(sum(rows.map((r) => r.neutralisationLaunched)), notStopped),
    interceptionRate: ratio(sum(rows.map((r) => r.interceptionShotDown)), interceptionLaunched),
  };
}

/** The same outcome from individual figures, by lib/metrics' rules: the tests' oracle for what the SQL computes. */
export function outcomeOfFigures(figures: readonly DatedCounts[]): Outcome {
  const neutralisation = neutralisationRate(figures);
  const interception = interceptionRate(figures);
  return {
    launched: sum(figures.map((f) => f.launched)),
    shotDown: sum(figures.map((f) => f.shotDown)),
    lost: sum(figures.map((f) => f.lost)),
    notStopped: sum(figures.map(notStopped)),
    figures: figures.length,
    launchedKnown: figures.filter((f) => f.launched !== null).length,
    neutralisationFigures: neutralisation.figures,
    interceptionFigures: interception.figures,
    neutralisationRate: neutralisation.rate,
    interceptionRate: interception.rate,
  };
}

/** Weapons grouped by class within category, largest launches first. */
export function byClass(rows: readonly WeaponTotals[]): { category: Category; weaponClass: WeaponClass; outcome: Outcome }[] {
  const groups = new Map<string, WeaponTotals[]>();
  for (const row of rows) {
    const key = `${row.category}\u0000${row.weaponClass}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()]
    .map((group) => ({ category: group[0]!.category, weaponClass: group[0]!.weaponClass, outcome: outcomeOf(group) }))
    .sort((a, b) => (b.outcome.launched ?? -1) - (a.outcome.launched ?? -1));
}

export type RangeNights = {
  nights: number;
  nightsWithAttacks: number;
  neutralisationNights: number;
  interceptionNights: number;
  largestDrone: DatedCount | null;
  largestMissile: DatedCount | null;
};

const larger = (a: DatedCount | null, b: DatedCount | null) => (!a ? b : !b ? a : b.count > a.count ? b : a);

/** Night counts and records over a whole range, from its buckets (a night lies in exactly one bucket). */
export function rangeNights(buckets: readonly BucketTotals[]): RangeNights {
  return {
    nights: buckets.reduce((n, b) => n + b.nights, 0),
    nightsWithAttacks: buckets.reduce((n, b) => n + b.nightsWithAttacks, 0),
    neutralisationNights: buckets.reduce((n, b) => n + b.neutralisationNights, 0),
    interceptionNights: buckets.reduce((n, b) => n + b.interceptionNights, 0),
    largestDrone: buckets.reduce<DatedCount | null>((best, b) => larger(best, b.largestDrone), null),
    largestMissile: buckets.reduce<DatedCount | null>((best, b) => larger(best, b.largestMissile), null),
  };
}

/** A chart point's period, and whether the span cuts it (then its label says "partial: n of m days"). */
export type Period = {
  bucket: string;
  label: string;
  /** A short name for the axis. */
  tick: string;
  /** Days of the period inside the span, of the period's whole length. */
  days: number;
  periodDays: number;
  partial: boolean;
};

/** Periods named by their first day, for callers that word them themselves (the JSON API, the embed). */
const BY_KEY: PeriodLabeller = { label: (bucket) => bucket, tick: (bucket) => bucket };

export function period(span: BucketSpan, granularity: Granularity, names: PeriodLabeller): Period {
  const covered = coverageOf(span);
  return {
    bucket: span.bucket,
    label: names.label(span.bucket, granularity, covered),
    tick: names.tick(span.bucket, granularity),
    days: covered.days,
    periodDays: covered.of,
    partial: covered.partial,
  };
}

export type SeriesPoint = Period & {
  nights: number;
  drone: number | null;
  missile: number | null;
  shotDown: number | null;
  lost: number | null;
  notStopped: number | null;
  neutralisationRate: number | null;
  interceptionRate: number | null;
  neutralisationNights: number;
  interceptionNights: number;
};

/**
 * One point per bucket of the span (`buckets`, as SQL lists them), in order; a bucket without recorded
 * nights keeps nulls (a gap in the chart), so the time axis stays even. The first and last buckets may be
 * partial (the span cuts them): their sums are over fewer days, and the point says so.
 */
export function seriesPoints(
  rows: readonly BucketTotals[],
  buckets: readonly BucketSpan[],
  granularity: Granularity,
  names: PeriodLabeller = BY_KEY,
): SeriesPoint[] {
  const byBucket = new Map(rows.map((row) => [row.bucket, row]));
  return buckets.map((span) => {
    const row = byBucket.get(span.bucket);
    return {
      ...period(span, granularity, names),
      nights: row?.nights ?? 0,
      drone: row?.droneLaunched ?? null,
      missile: row?.missileLaunched ?? null,
      shotDown: row?.shotDown ?? null,
      lost: row?.lost ?? null,
      notStopped: row?.notStopped ?? null,
      neutralisationRate: row ? neutralisationFrom(row.neutralisationLaunched, row.notStopped) : null,
      interceptionRate: row ? ratio(row.interceptionShotDown, row.interceptionLaunched) : null,
      neutralisationNights: row?.neutralisationNights ?? 0,
      interceptionNights: row?.interceptionNights ?? 0,
    };
  });
}

export type AveragePoint = Period & { launched: number | null; average: number | null };

/** A night's total launches (null when no weapon's launches are known). */
export type NightLaunches = { date: string; launched: number | null };

/**
 * Trailing average of launches per day over `window` days for each day of from..to. `nights` should
 * start window − 1 days before `from` so the first days have a full window. A day with no recorded
 * night counts as none launched (nothing was reported), except before `recordsFrom` (the first
 * recorded night), where nothing is known; a recorded night whose launches are unknown makes every
 * window that holds it unknown.
 */
export function rollingLaunches(
  nights: readonly NightLaunches[],
  span: { from: string; to: string },
  names: PeriodLabeller,
  options: { window?: number; recordsFrom?: string } = {},
): AveragePoint[] {
  const window = options.window ?? 7;
  const { from, to } = span;
  if (to < from) return [];
  const start = addDays(from, -(window - 1));
  const byDate = new Map(nights.map((n) => [n.date, n.launched]));
  const dates = Array.from({ length: daysBetween(start, to) + 1 }, (_, i) => addDays(start, i));
  const values = dates.map((date) => {
    if (byDate.has(date)) return byDate.get(date) ?? null;
    return options.recordsFrom !== undefined && date < options.recordsFrom ? null : 0;
  });
  const averages = rollingAverage(values, window);
  return dates.slice(window - 1).map((date, i) => ({
    ...period({ bucket: date, days: 1, of: 1 }, 'night', names),
    launched: byDate.get(date) ?? null,
    average: averages[i + window - 1] ?? null,
  }));
}

/**
 * For long spans: launches per day within each week or month (for a full week, exactly the 7-day
 * average on its Sunday). Days of a bucket outside the span are not counted; a bucket holding a night
 * with unknown launches has an unknown average.
 */
export function averagePerDay(
  rows: readonly BucketTotals[],
  buckets: readonly BucketSpan[],
  granularity: Granularity,
  names: PeriodLabeller,
): AveragePoint[] {
  const byBucket = new Map(rows.map((row) => [row.bucket, row]));
  return buckets.map((span) => {
    const row = byBucket.get(span.bucket);
    const point = period(span, granularity, names);
    const launched = row ? sum([row.droneLaunched, row.missileLaunched]) : null;
    const unknown = row !== undefined && row.nightsLaunchedUnknown > 0;
    return {
      ...point,
      launched,
      average: unknown || point.days === 0 ? null : (launched ?? 0) / point.days,
    };
  });
}
