// The records of a span (the selected range, or all recorded nights): the largest nights by drones and by
// missiles, the longest runs without a missile attack and without any recorded attack, the best defence
// night and the night with the most weapon types. Ties go to the latest night. The definitions readers
// see are on /about (messages/*/about.json "records").
//
// Each record is a few entries of an index on night_totals (schema.ts), not a pass over the span's
// nights: at 70,000 nights that pass took a quarter of a second on every data change. The runs read
// the gaps the rollup triggers keep (db/night-records-sql.ts). records.test.ts holds this to the
// one-pass definition on random histories.
import { sql } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { ATTACK_FLAGS, bestDefenceBasisSql, defenceRateSql, GAP_COLUMNS, type AttackKind } from '../night-records-sql';
import type { NightSumsQuery } from './night-sums-sql';

export { BEST_DEFENCE_MIN_LAUNCHED } from '../night-records-sql';

export type DatedRecord = { date: string; count: number };
export type Run = { from: string; to: string; nights: number };
export type DefenceRecord = { date: string; rate: number; launched: number; neutralised: number };

export type Records = {
  /** Recorded nights in the span. */
  nights: number;
  largestDrone: DatedRecord | null;
  largestMissile: DatedRecord | null;
  withoutMissiles: Run | null;
  withoutAttacks: Run | null;
  bestDefence: DefenceRecord | null;
  mostWeapons: DatedRecord | null;
};

type Row = Record<Exclude<keyof Records, 'nights'>, string | null> & { nights: number };

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** `span` should lie within the recorded nights (a run cannot be claimed past the last record). */
export function fetchRecords(span: NightSumsQuery, db: Db = getDb()): Records {
  const { target, from, to } = span;
  const inSpan = sql`target = ${target} and date >= ${from} and date <= ${to}`;
  const largest = (column: 'drone_launched' | 'missile_launched' | 'attacking') => sql`(
    select json_object('date', date, 'count', ${sql.raw(column)})
    from night_totals where ${inSpan} and ${sql.raw(column)} is not null
    order by ${sql.raw(column)} desc, date desc
    limit 1)`;
  // The longest gap between attack nights, the span's edges standing in for attacks just outside it:
  // the gap before the span's first attack night, the longest stored gap after it, and the gap after
  // the span's last attack night (or, without any, the whole span).
  const run = (kind: AttackKind) => {
    const flag = sql.raw(ATTACK_FLAGS[kind](''));
    const gap = sql.raw(GAP_COLUMNS[kind]);
    const edge = (order: 'asc' | 'desc') =>
      sql`(select date from night_totals where ${inSpan} and ${flag} order by date ${sql.raw(order)} limit 1)`;
    return sql`(
      with edges as (select ${edge('asc')} as first, ${edge('desc')} as last),
      candidates (prev, date) as (
        select date(${from}, '-1 day'), coalesce(first, date(${to}, '+1 day')) from edges
        union all select last, date(${to}, '+1 day') from edges where last is not null
        union all select * from (
          select date(date, printf('-%d days', ${gap} + 1)), date from night_totals
          where target = ${target} and ${gap} is not null and ${gap} > 0
            and date > (select first from edges) and date <= ${to}
          order by ${gap} desc, date desc
          limit 1)
      )
      select json_object('from', date(prev, '+1 day'), 'to', date(date, '-1 day'), 'nights', gap)
      from (select prev, date, cast(julianday(date) - julianday(prev) - 1 as integer) as gap from candidates)
      where gap > 0
      order by gap desc, date desc
      limit 1)`;
  };
  const defenceRate = sql.raw(defenceRateSql(''));
  const row = db.get<Row>(sql`
    select
      (select count(*) from night_totals where ${inSpan}) as nights,
      ${largest('drone_launched')} as largestDrone,
      ${largest('missile_launched')} as largestMissile,
      ${run('missileAttack')} as withoutMissiles,
      ${run('attack')} as withoutAttacks,
      (
        select json_object('date', date, 'rate', ${defenceRate},
          'launched', neutralisation_launched, 'neutralised', neutralisation_launched - not_stopped)
        from night_totals
        where ${inSpan} and ${sql.raw(bestDefenceBasisSql(''))}
        order by ${defenceRate} desc, neutralisation_launched desc, date desc
        limit 1
      ) as bestDefence,
      ${largest('attacking')} as mostWeapons`);
  return {
    nights: row.nights,
    largestDrone: parse<DatedRecord>(row.largestDrone),
    largestMissile: parse<DatedRecord>(row.largestMissile),
    withoutMissiles: parse<Run>(row.withoutMissiles),
    withoutAttacks: parse<Run>(row.withoutAttacks),
    bestDefence: parse<DefenceRecord>(row.bestDefence),
    mostWeapons: parse<DatedRecord>(row.mostWeapons),
  };
}
