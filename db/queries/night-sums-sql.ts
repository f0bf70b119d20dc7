// One row per recorded night of a target and span, with the sums the dashboard's records, calendar,
// patterns and last-night comparison need. Written once so those questions agree on what a night's
// launches are and when a night counts as an attack:
// - `launched` is the night's total when every weapon row gives its launches, else NULL (unknown: the
//   night is left out of averages, never counted as 0); drone_launched / missile_launched add up the rows
//   that give them (as the range queries' "largest night" does);
// - a night had an attack (`attacked`, `missile_attack`) when a row has launches above 0 or launches not
//   given (reported, count unknown), as range-sql.ts attackedSql says.
import { sql, type SQL } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { figures, nights, weapons } from '../schema';
import { neutralisationLaunchedSql, notStoppedSql } from './range-sql';

export type NightSumsQuery = { target: Target; from: string; to: string };

const reported = sql`(${figures.launched} > 0 or (${figures.nightId} is not null and ${figures.launched} is null))`;

/** A subquery: date, drone_launched, missile_launched, launched, attacked, missile_attack, weapons_used, neutralisation_launched, not_stopped. */
export function nightSumsSql({ target, from, to }: NightSumsQuery): SQL {
  return sql`
    select ${nights.date} as date,
      sum(iif(${weapons.category} = 'drone', ${figures.launched}, null)) as drone_launched,
      sum(iif(${weapons.category} = 'missile', ${figures.launched}, null)) as missile_launched,
      iif(count(${figures.nightId}) > 0 and count(${figures.launched}) = count(${figures.nightId}), sum(${figures.launched}), null) as launched,
      max(iif(${reported}, 1, 0)) as attacked,
      max(iif(${weapons.category} = 'missile' and ${reported}, 1, 0)) as missile_attack,
      count(iif(${reported}, 1, null)) as weapons_used,
      sum(${neutralisationLaunchedSql(nights.date)}) as neutralisation_launched,
      sum(${notStoppedSql(nights.date)}) as not_stopped
    from ${nights}
      left join ${figures} on ${figures.nightId} = ${nights.id}
      left join ${weapons} on ${weapons.id} = ${figures.weaponId}
    where ${nights.target} = ${target} and ${nights.date} >= ${from} and ${nights.date} <= ${to}
    group by ${nights.date}`;
}
