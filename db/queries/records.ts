// The records of a span (the selected range, or all recorded nights): the largest nights by drones and by
// missiles, the longest runs without a missile attack and without any recorded attack, the best defence
// night and the night with the most weapon types. One statement over the span's nights; ties go to the
// latest night. The definitions readers see are on /about (messages/*/about.json "records").
import { sql } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { nightSumsSql, type NightSumsQuery } from './night-sums-sql';

/** Nights whose neutralisation rate rests on fewer launches than this cannot be the best defence night. */
export const BEST_DEFENCE_MIN_LAUNCHED = 50;

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
  // The longest gap between attack nights, the span's edges standing in for attacks just outside it.
  const run = (flag: 'attacked' | 'missile_attack') => sql`(
    select json_object('from', date(prev, '+1 day'), 'to', date(date, '-1 day'), 'nights', gap)
    from (
      select date, prev, cast(julianday(date) - julianday(prev) - 1 as integer) as gap
      from (
        select date, lag(date) over (order by date) as prev
        from (
          select date(${span.from}, '-1 day') as date
          union all select date from per_night where ${sql.raw(flag)} = 1
          union all select date(${span.to}, '+1 day')
        )
      )
      where prev is not null
    )
    where gap > 0
    order by gap desc, date desc
    limit 1)`;
  const largest = (column: 'drone_launched' | 'missile_launched' | 'weapons_used') => sql`(
    select json_object('date', date, 'count', ${sql.raw(column)})
    from per_night where ${sql.raw(column)} is not null
    order by ${sql.raw(column)} desc, date desc
    limit 1)`;
  const row = db.get<Row>(sql`
    with per_night as materialized (${nightSumsSql(span)})
    select
      (select count(*) from per_night) as nights,
      ${largest('drone_launched')} as largestDrone,
      ${largest('missile_launched')} as largestMissile,
      ${run('missile_attack')} as withoutMissiles,
      ${run('attacked')} as withoutAttacks,
      (
        select json_object('date', date, 'rate', 1.0 * (neutralisation_launched - not_stopped) / neutralisation_launched,
          'launched', neutralisation_launched, 'neutralised', neutralisation_launched - not_stopped)
        from per_night
        where neutralisation_launched >= ${BEST_DEFENCE_MIN_LAUNCHED} and not_stopped is not null
        order by 1.0 * (neutralisation_launched - not_stopped) / neutralisation_launched desc, neutralisation_launched desc, date desc
        limit 1
      ) as bestDefence,
      ${largest('weapons_used')} as mostWeapons`);
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
