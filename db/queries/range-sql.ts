// SQL fragments for the dashboard's range queries over figures (the days a rollup cannot answer; the
// rollups apply the same rule to their sums in db/figure-sums.ts), so they agree with lib/metrics.ts:
// - a figure's neutralised (shot down + lost) and not-stopped counts need launched and shot down known,
//   and lost known too, except from COMBINED_REPORTING_FROM, when the combined "shot down or suppressed"
//   figure is stored in shot down with lost unknown (lost is then included in shot down);
// - the neutralisation rate's basis is the figures whose not-stopped count is known; the interception
//   rate's basis is the figures with launched and shot down known, on either side of that date.
// SUM over only NULLs stays NULL (unknown), never 0.
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { Granularity } from '@/lib/buckets';
import { COMBINED_REPORTING_FROM_SQL } from '../figure-sums';
import { figures } from '../schema';

/** The bucket key of a date column, matching lib/buckets.ts bucketOf(). */
export function bucketSql(dateColumn: SQL, granularity: Granularity): SQL {
  if (granularity === 'night') return dateColumn;
  // 'weekday 0' moves forward to the next Sunday (or stays on one); six days back is that week's Monday.
  if (granularity === 'week') return sql`date(${dateColumn}, 'weekday 0', '-6 days')`;
  if (granularity === 'month') return sql`(substr(${dateColumn}, 1, 7) || '-01')`;
  return sql`(substr(${dateColumn}, 1, 4) || '-01-01')`;
}

const combinedFrom = sql.raw(COMBINED_REPORTING_FROM_SQL);

/** Shot down + lost for one figure of the night dated `date`: lib/metrics.ts neutralised(), or null. */
export function neutralisedSql(date: Column | SQL): SQL {
  return sql`(${figures.shotDown} + (case when ${figures.lost} is not null then ${figures.lost} when ${date} >= ${combinedFrom} then 0 end))`;
}

/** Launched − shot down − lost for one figure: lib/metrics.ts notStopped(), or null. */
export function notStoppedSql(date: Column | SQL): SQL {
  return sql`(${figures.launched} - ${neutralisedSql(date)})`;
}

/** Launched, for figures in the neutralisation rate's basis only (not stopped known). */
export function neutralisationLaunchedSql(date: Column | SQL): SQL {
  return sql`iif(${notStoppedSql(date)} is not null, ${figures.launched}, null)`;
}

/** Launched, for figures in the interception rate's basis only (launched and shot down known). */
export const interceptionLaunchedSql = sql`iif(${figures.shotDown} is not null, ${figures.launched}, null)`;
/** Shot down, for figures in the interception rate's basis only. */
export const interceptionShotDownSql = sql`iif(${figures.launched} is not null, ${figures.shotDown}, null)`;

/** Encodes a count and its date so that max() picks the largest count (the latest night on a tie). */
export function datedCountSql(count: SQL, dateColumn: SQL): SQL {
  return sql`iif(${count} is null, null, printf('%012d|%s', ${count}, ${dateColumn}))`;
}

export function decodeDatedCount(value: string | null): { date: string; count: number } | null {
  if (value === null) return null;
  const [count, date] = value.split('|');
  return count !== undefined && date !== undefined ? { date, count: Number(count) } : null;
}
