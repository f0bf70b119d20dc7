// Everything the dashboard reads, asked in a handful of aggregate statements and kept until the data
// changes (see memo.ts): the selected range's figures, and what does not depend on the range (the latest
// night, the all-time records, one year's calendar), kept apart so the top of the page can be drawn first.
import type { Granularity } from '@/lib/buckets';
import { addDays, daysBetween } from '@/lib/dates';
import type { DataBounds } from '@/lib/dashboard-filters';
import type { Target } from '@/lib/domain';
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';
import { getDb, type Db } from '../client';
import { fetchCalendar } from './calendar';
import { COMPARISON_NIGHTS, fetchLastNight } from './last-night';
import { fetchLatestNights } from './latest-nights';
import { memoUntilDataChanges } from './memo';
import { fetchNightBounds } from './night-bounds';
import { fetchNightlyLaunches } from './nightly-launches';
import { fetchOutcomeSeries } from './outcome-series';
import { fetchPatterns } from './patterns';
import { fetchBucketOf, fetchBuckets } from './range-buckets';
import { fetchRangeSeries } from './range-series';
import { fetchRangeWeapons } from './range-weapons';
import { fetchRecords } from './records';

/** Up to this many days the rolling average is drawn day by day; beyond, per week or month. */
export const ROLLING_DAILY_UP_TO_DAYS = 400;
export const ROLLING_WINDOW = 7;

export type DashboardQuery = {
  target: Target;
  from: string;
  to: string;
  granularity: Granularity;
  /** The range clipped to recorded nights (see lib/dashboard-filters.ts). */
  chartSpan: { from: string; to: string } | null;
};

/** The selected range's aggregates, read afresh; the page asks fetchRangeData, which keeps them. */
function readRange(query: DashboardQuery, db: Db) {
  const { target, from, to, granularity, chartSpan } = query;
  const dailyRolling = chartSpan !== null && daysBetween(chartSpan.from, chartSpan.to) + 1 <= ROLLING_DAILY_UP_TO_DAYS;
  return {
    series: fetchRangeSeries({ target, from, to, granularity }, db),
    weapons: fetchRangeWeapons({ target, from, to }, db),
    latest: fetchLatestNights({ target, from, to }, 10, db),
    // Every bucket of the charts' span, and the one where the Air Force's combined reporting began.
    buckets: chartSpan ? fetchBuckets(chartSpan, granularity, db) : [],
    reportingChangeBucket: fetchBucketOf(COMBINED_REPORTING_FROM, granularity, db),
    // The window reaches back before the span so its first days average over a full week.
    nightlyLaunches:
      dailyRolling && chartSpan
        ? fetchNightlyLaunches({ target, from: addDays(chartSpan.from, -(ROLLING_WINDOW - 1)), to: chartSpan.to }, db)
        : null,
    outcomes: fetchOutcomeSeries({ target, from, to, granularity }, db),
    patterns: fetchPatterns({ target, from, to }, db),
    records: chartSpan ? fetchRecords({ target, ...chartSpan }, db) : null,
  };
}

/** The top of the page: the target's first and last recorded nights, and the latest night in detail. */
function readLatest(target: Target, db: Db) {
  const lastNight = fetchLastNight(target, db);
  return {
    bounds: fetchNightBounds(target, db),
    lastNight: lastNight ? { ...lastNight, previousDays: COMPARISON_NIGHTS } : null,
  };
}

/** What does not depend on the range either: all-time records and a year's calendar. */
function readAllTime(query: { target: Target; year: number | null; bounds: DataBounds }, db: Db) {
  const { target, year, bounds } = query;
  return {
    allTimeRecords: bounds ? fetchRecords({ target, from: bounds.first, to: bounds.last }, db) : null,
    calendar: year === null ? null : { year, nights: fetchCalendar({ target, year }, db) },
  };
}

export type RangeData = ReturnType<typeof readRange>;
export type LatestData = ReturnType<typeof readLatest>;
export type AllTimeData = ReturnType<typeof readAllTime>;

const rangeMemo = memoUntilDataChanges<RangeData>();
const latestMemo = memoUntilDataChanges<LatestData>();
const allTimeMemo = memoUntilDataChanges<AllTimeData>();

export function fetchRangeData(query: DashboardQuery, db: Db = getDb()): RangeData {
  const { target, from, to, granularity, chartSpan } = query;
  return rangeMemo(db, JSON.stringify([target, from, to, granularity, chartSpan]), () => readRange(query, db));
}

export function fetchLatestData(target: Target, db: Db = getDb()): LatestData {
  return latestMemo(db, target, () => readLatest(target, db));
}

export function fetchAllTimeData(query: { target: Target; year: number | null; bounds: DataBounds }, db: Db = getDb()): AllTimeData {
  return allTimeMemo(db, JSON.stringify([query.target, query.year, query.bounds]), () => readAllTime(query, db));
}

/** The whole page's data from the memos: what later visitors pay until the data changes (the benchmark's "memo hit"). */
export function fetchDashboardData(query: DashboardQuery & { year?: number | null }, db: Db = getDb()) {
  // The API, the embed and link previews read only the range: fetchRangeData.
  const latest = fetchLatestData(query.target, db);
  const year = query.year ?? (latest.bounds ? Number(latest.bounds.last.slice(0, 4)) : null);
  return { ...latest, ...fetchRangeData(query, db), ...fetchAllTimeData({ target: query.target, year, bounds: latest.bounds }, db) };
}
