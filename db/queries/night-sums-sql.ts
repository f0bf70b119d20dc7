// One row per recorded night of a target and span, with the sums the dashboard's records, calendar,
// patterns and last-night comparison need, read from the rollup (night_totals: one row a night, kept by
// triggers with every write). Written once so those questions agree on what a night's launches are and
// when a night counts as an attack:
// - `launched` is the night's total when every weapon row gives its launches, else NULL (unknown: the
//   night is left out of averages, never counted as 0); drone_launched / missile_launched add up the rows
//   that give them (as the range queries' "largest night" does);
// - a night had an attack (`attacked`, `missile_attack`: db/night-records-sql.ts) when a row has launches
//   above 0 or launches not given (reported, count unknown); weapons_used counts such rows.
import { sql, type SQL } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { ATTACK_FLAGS } from '../night-records-sql';
import { nightTotals as t } from '../schema';

export type NightSumsQuery = { target: Target; from: string; to: string };

/** A subquery: date, drone_launched, missile_launched, launched, attacked, missile_attack, weapons_used, neutralisation_launched, not_stopped. */
export function nightSumsSql({ target, from, to }: NightSumsQuery): SQL {
  return sql`
    select ${t.date} as date,
      ${t.droneLaunched} as drone_launched,
      ${t.missileLaunched} as missile_launched,
      iif(${t.figures} > 0 and ${t.launchedKnown} = ${t.figures}, ${t.launchedSum}, null) as launched,
      ${t.attacked} as attacked,
      ${sql.raw(ATTACK_FLAGS.missileAttack('night_totals'))} as missile_attack,
      ${t.attacking} as weapons_used,
      ${t.neutralisationLaunched} as neutralisation_launched,
      ${t.notStopped} as not_stopped
    from ${t}
    where ${t.target} = ${target} and ${t.date} >= ${from} and ${t.date} <= ${to}`;
}
