// What got through, per bucket: hits by category, places hit, places with debris, and the drones that were
// not Shahed-type (decoys and imitators, SPEC §1: drones launched − Shaheds where both are known). Each sum
// comes with how many nights give it, how many of those give it approximately ("about 200"), so the page
// never shows an approximate sum as exact, and the first night that gives it (the charts say from when).
import { sql } from 'drizzle-orm';
import type { Granularity } from '@/lib/buckets';
import type { Target } from '@/lib/domain';
import type { KnownSum, OutcomeBucket } from '@/lib/outcome-points';
import { getDb, type Db } from '../client';
import { nights, nightTotals } from '../schema';
import { bucketSql } from './range-sql';


// Each summed figure: its name here, and its column and qualifier column in the nights table.
const FIELDS = [
  ['hitsMissile', nights.hitsMissile, nights.hitsMissileQualifier],
  ['hitsDrone', nights.hitsDrone, nights.hitsDroneQualifier],
  ['placesHit', nights.placesHit, nights.placesHitQualifier],
  ['placesDebris', nights.placesDebris, nights.placesDebrisQualifier],
] as const;

export function fetchOutcomeSeries(
  query: { target: Target; from: string; to: string; granularity: Granularity },
  db: Db = getDb(),
): OutcomeBucket[] {
  // Drones launched that night when every drone row gives them (from the rollup, one row a night).
  const droneLaunched = sql`iif(${nightTotals.droneFigures} > 0 and ${nightTotals.droneLaunchedKnown} = ${nightTotals.droneFigures}, ${nightTotals.droneLaunchedSum}, null)`;
  // The inner query names each column by its field ("hitsMissile", "hitsMissileQualifier").
  const columns = FIELDS.map(([name, value, qualifier]) => sql`${value} as ${sql.identifier(name)}, ${qualifier} as ${sql.identifier(`${name}Qualifier`)}`);
  const sums = FIELDS.map(([name]) => {
    const [value, qualifier] = [sql.identifier(name), sql.identifier(`${name}Qualifier`)];
    return sql`sum(${value}) as ${sql.identifier(`${name}Sum`)}, count(${value}) as ${sql.identifier(`${name}Nights`)}, count(${qualifier}) as ${sql.identifier(`${name}Approximate`)},
      min(iif(${value} is not null, date, null)) as ${sql.identifier(`${name}First`)}`;
  });
  const both = sql.raw('(shaheds is not null and drone_launched is not null)');
  const rows = db.all<Record<string, string | number | null>>(sql`
    select ${bucketSql(sql.raw('date'), query.granularity)} as bucket,
      ${sql.join(sums, sql`, `)},
      sum(iif(${both}, drone_launched - shaheds, null)) as "decoysSum",
      count(iif(${both}, 1, null)) as "decoysNights",
      count(iif(${both}, shaheds_qualifier, null)) as "decoysApproximate",
      min(iif(${both}, date, null)) as "decoysFirst",
      sum(iif(${both}, drone_launched, null)) as "decoyBasisDrones"
    from (
      select ${nights.date} as date, ${sql.join(columns, sql`, `)}, ${nights.shaheds} as shaheds, ${nights.shahedsQualifier} as shaheds_qualifier,
        iif(${nights.shaheds} is null, null, ${droneLaunched}) as drone_launched
      from ${nights} join ${nightTotals} on ${nightTotals.nightId} = ${nights.id}
      where ${nights.target} = ${query.target} and ${nights.date} >= ${query.from} and ${nights.date} <= ${query.to}
    )
    group by 1
    order by 1`);
  const known = (row: Record<string, string | number | null>, name: string): KnownSum => ({
    sum: (row[`${name}Sum`] as number | null) ?? null,
    nights: Number(row[`${name}Nights`]),
    approximate: Number(row[`${name}Approximate`]),
    first: (row[`${name}First`] as string | null) ?? null,
  });
  return rows.map((row) => ({
    bucket: String(row.bucket),
    hitsMissile: known(row, 'hitsMissile'),
    hitsDrone: known(row, 'hitsDrone'),
    placesHit: known(row, 'placesHit'),
    placesDebris: known(row, 'placesDebris'),
    decoys: known(row, 'decoys'),
    decoyBasisDrones: (row.decoyBasisDrones as number | null) ?? null,
  }));
}
