// The dashboard's time series: sums per bucket (night, week or month) of the per-night rollup
// (night_totals, one row a night), read in date order through night_totals_target_date_unique.
import { sql } from 'drizzle-orm';
import type { Granularity } from '@/lib/buckets';
import type { Target } from '@/lib/domain';
import type { BucketTotals } from '@/lib/series';
import { getDb, type Db } from '../client';
import { nightTotals as t } from '../schema';
import { bucketSql, datedCountSql, decodeDatedCount } from './range-sql';

export type RangeQuery = { target: Target; from: string; to: string; granularity: Granularity };

// One row as SQL returns it: the bucket's totals, with the largest nights still as "date|count" text.
type Row = Omit<BucketTotals, 'largestDrone' | 'largestMissile'> & { largestDrone: string | null; largestMissile: string | null };

export function fetchRangeSeries(query: RangeQuery, db: Db = getDb()): BucketTotals[] {
  const date = sql`${t.date}`;
  const rows = db.all<Row>(sql`
    select ${bucketSql(date, query.granularity)} as bucket,
      count(*) as nights,
      sum(${t.attacked}) as nightsWithAttacks,
      count(*) - count(${t.launched}) as nightsLaunchedUnknown,
      sum(${t.droneLaunched}) as droneLaunched,
      sum(${t.missileLaunched}) as missileLaunched,
      sum(${t.shotDown}) as shotDown,
      sum(${t.lost}) as lost,
      sum(${t.notStopped}) as notStopped,
      sum(${t.neutralisationLaunched}) as neutralisationLaunched,
      count(${t.neutralisationLaunched}) as neutralisationNights,
      sum(${t.interceptionLaunched}) as interceptionLaunched,
      sum(${t.interceptionShotDown}) as interceptionShotDown,
      count(${t.interceptionLaunched}) as interceptionNights,
      max(${datedCountSql(sql`${t.droneLaunched}`, date)}) as largestDrone,
      max(${datedCountSql(sql`${t.missileLaunched}`, date)}) as largestMissile
    from ${t}
    where ${t.target} = ${query.target} and ${t.date} >= ${query.from} and ${t.date} <= ${query.to}
    group by bucket
    order by bucket`);
  return rows.map((row) => ({
    ...row,
    largestDrone: decodeDatedCount(row.largestDrone),
    largestMissile: decodeDatedCount(row.largestMissile),
  }));
}
