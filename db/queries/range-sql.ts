// SQL fragments shared by the dashboard's range queries, written once so they agree with lib/metrics.ts:
// - a figure's not-stopped count is known when launched and shot down are (lost adds when given, since
//   the combined "shot down or suppressed" figure of late July 2025 leaves lost unknown);
// - both rates use the same basis: figures with launched and shot down known.
// SUM over only NULLs stays NULL (unknown), never 0.
import { sql, type SQL } from 'drizzle-orm';
import type { Granularity } from '@/lib/buckets';
import { figures } from '../schema';

/** The bucket key of a date column, matching lib/buckets.ts bucketOf(). */
export function bucketSql(dateColumn: SQL, granularity: Granularity): SQL {
  if (granularity === 'night') return dateColumn;
  // 'weekday 0' moves forward to the next Sunday (or stays on one); six days back is that week's Monday.
  if (granularity === 'week') return sql`date(${dateColumn}, 'weekday 0', '-6 days')`;
  if (granularity === 'month') return sql`(substr(${dateColumn}, 1, 7) || '-01')`;
  return sql`(substr(${dateColumn}, 1, 4) || '-01-01')`;
}

/** Launched − shot down − lost for one figure: null unless launched and shot down are known. */
export const notStoppedSql = sql`${figures.launched} - ${figures.shotDown} - ifnull(${figures.lost}, 0)`;
/** Launched, for figures in the rates' basis only. */
export const basisLaunchedSql = sql`iif(${figures.shotDown} is not null, ${figures.launched}, null)`;
/** Shot down, for figures in the rates' basis only. */
export const basisShotDownSql = sql`iif(${figures.launched} is not null, ${figures.shotDown}, null)`;

/** Encodes a count and its date so that max() picks the largest count (the latest night on a tie). */
export function datedCountSql(count: SQL, dateColumn: SQL): SQL {
  return sql`iif(${count} is null, null, printf('%012d|%s', ${count}, ${dateColumn}))`;
}

export function decodeDatedCount(value: string | null): { date: string; count: number } | null {
  if (value === null) return null;
  const [count, date] = value.split('|');
  return count !== undefined && date !== undefined ? { date, count: Number(count) } : null;
}
