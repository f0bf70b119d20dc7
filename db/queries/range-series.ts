// The dashboard's time series: sums per night, then per bucket (night, week or month), in one statement.
// Nights are read in date order through nights_target_date_unique and their figures through
// figures_night_weapon_unique, so the per-night step streams without sorting.
import { sql, type SQL } from 'drizzle-orm';
import type { Granularity } from '@/lib/buckets';
import type { Target } from '@/lib/domain';
import type { BucketTotals } from '@/lib/series';
import { getDb, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import {
  attackedSql,
  bucketSql,
  datedCountSql,
  decodeDatedCount,
  interceptionLaunchedSql,
  interceptionShotDownSql,
  neutralisationLaunchedSql,
  notStoppedSql,
} from './range-sql';

export type RangeQuery = { target: Target; from: string; to: string; granularity: Granularity };

// One row as SQL returns it: the bucket's totals, with the largest nights still as "date|count" text.
type Row = Omit<BucketTotals, 'largestDrone' | 'largestMissile'> & { largestDrone: string | null; largestMissile: string | null };

export function fetchRangeSeries(query: RangeQuery, db: Db = getDb()): BucketTotals[] {
  const inCategory = (category: string, value: SQL) => sql`iif(${weapons.category} = ${category}, ${value}, null)`;
  const perNight = sql`
    select ${nights.date} as date,
      sum(${inCategory('drone', sql`${figures.launched}`)}) as drone_launched,
      sum(${inCategory('missile', sql`${figures.launched}`)}) as missile_launched,
      sum(${figures.shotDown}) as shot_down,
      sum(${figures.lost}) as lost,
      sum(${notStoppedSql(nights.date)}) as not_stopped,
      sum(${neutralisationLaunchedSql(nights.date)}) as neutralisation_launched,
      sum(${interceptionLaunchedSql}) as interception_launched,
      sum(${interceptionShotDownSql}) as interception_shot_down,
      ${attackedSql} as attacked
    from ${nights}
      left join ${figures} on ${figures.nightId} = ${nights.id}
      left join ${weapons} on ${weapons.id} = ${figures.weaponId}
    where ${nights.target} = ${query.target} and ${nights.date} >= ${query.from} and ${nights.date} <= ${query.to}
    group by ${nights.date}`;
  const date = sql.raw('per_night.date');
  const rows = db.all<Row>(sql`
    select ${bucketSql(date, query.granularity)} as bucket,
      count(*) as nights,
      sum(attacked) as nightsWithAttacks,
      count(*) - count(coalesce(drone_launched, missile_launched)) as nightsLaunchedUnknown,
      sum(drone_launched) as droneLaunched,
      sum(missile_launched) as missileLaunched,
      sum(shot_down) as shotDown,
      sum(lost) as lost,
      sum(not_stopped) as notStopped,
      sum(neutralisation_launched) as neutralisationLaunched,
      count(neutralisation_launched) as neutralisationNights,
      sum(interception_launched) as interceptionLaunched,
      sum(interception_shot_down) as interceptionShotDown,
      count(interception_launched) as interceptionNights,
      max(${datedCountSql(sql.raw('drone_launched'), date)}) as largestDrone,
      max(${datedCountSql(sql.raw('missile_launched'), date)}) as largestMissile
    from (${perNight}) as per_night
    group by bucket
    order by bucket`);
  return rows.map((row) => ({
    ...row,
    largestDrone: decodeDatedCount(row.largestDrone),
    largestMissile: decodeDatedCount(row.largestMissile),
  }));
}
