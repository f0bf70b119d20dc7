// One row per recorded night of a target and span, for the API's records and latest-night answers:
// launches by category (sums of the rows that give them), the night's total only when every row gives
// its launches (else unknown), whether it had an attack and a missile attack (range-sql.ts's rule), how
// many weapon types were used, and the neutralisation basis. (The dashboard work adds the same kind of
// per-night subquery; when it lands, the two should become one.)
import { sql, type SQL } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { figures, nights, weapons } from '../schema';
import { neutralisationLaunchedSql, notStoppedSql } from './range-sql';

export type ApiSpan = { target: Target; from: string; to: string };

// A weapon row that says something was launched: launches above 0, or launches not given.
const reported = sql`(${figures.launched} > 0 or (${figures.nightId} is not null and ${figures.launched} is null))`;

/** A subquery: date, drone_launched, missile_launched, launched, attacked, missile_attack, weapons_used, neutralisation_launched, not_stopped. */
export function apiNightSumsSql({ target, from, to }: ApiSpan): SQL {
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
