// Everything the dashboard reads for one view, asked in a handful of aggregate statements and kept
// until the data changes (see memo.ts).
import type { Granularity } from '@/lib/buckets';
import { addDays, daysBetween } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { fetchLatestNights } from './latest-nights';
import { memoUntilDataChanges } from './memo';
import { fetchNightlyLaunches } from './nightly-launches';
import { fetchRangeSeries } from './range-series';
import { fetchRangeWeapons } from './range-weapons';

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

/** The dashboard's aggregates read afresh; the page asks fetchDashboardData, which keeps them. */
function readDashboard(query: DashboardQuery, db: Db) {
  const { target, from, to, granularity, chartSpan } = query;
  const dailyRolling = chartSpan !== null && daysBetween(chartSpan.from, chartSpan.to) + 1 <= ROLLING_DAILY_UP_TO_DAYS;
  return {
    series: fetchRangeSeries({ target, from, to, granularity }, db),
    weapons: fetchRangeWeapons({ target, from, to }, db),
    latest: fetchLatestNights({ target, from, to }, 10, db),
    // The window reaches back before the span so its first days average over a full week.
    nightlyLaunches:
      dailyRolling && chartSpan
        ? fetchNightlyLaunches({ target, from: addDays(chartSpan.from, -(ROLLING_WINDOW - 1)), to: chartSpan.to }, db)
        : null,
  };
}

export type DashboardData = ReturnType<typeof readDashboard>;

const memo = memoUntilDataChanges<DashboardData>();

export function fetchDashboardData(query: DashboardQuery, db: Db = getDb()): DashboardData {
  return memo(db, JSON.stringify(query), () => readDashboard(query, db));
}
